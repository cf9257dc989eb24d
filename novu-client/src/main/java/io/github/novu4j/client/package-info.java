/**
 * The Novu client: {@link io.github.novu4j.client.NovuClient}, its builder, per-call options, errors and pagination.
 */
@NullMarked
package io.github.novu4j.client;

import org.jspecify.annotations.NullMarked;
