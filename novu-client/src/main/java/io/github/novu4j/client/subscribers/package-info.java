/**
 * Subscribers and their credentials, preferences, feeds and messages.
 */
@NullMarked
package io.github.novu4j.client.subscribers;

import org.jspecify.annotations.NullMarked;
