/**
 * Micrometer meters of a Novu client that observations do not give: retries and the rate limit left.
 * Needs {@code micrometer-core}, an optional dependency of the client.
 */
@NullMarked
package io.github.novu4j.client.micrometer;

import org.jspecify.annotations.NullMarked;
