/**
 * Topics and their subscribers.
 */
@NullMarked
package io.github.novu4j.client.topics;

import org.jspecify.annotations.NullMarked;
