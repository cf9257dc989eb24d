/**
 * Messages sent to subscribers.
 */
@NullMarked
package io.github.novu4j.client.messages;

import org.jspecify.annotations.NullMarked;
