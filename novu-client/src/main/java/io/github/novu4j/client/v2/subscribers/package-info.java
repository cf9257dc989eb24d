/**
 * Subscribers of the v2 API ({@code /v2/subscribers}): search, create, patch, their Inbox notifications, preferences and topic subscriptions.
 */
@NullMarked
package io.github.novu4j.client.v2.subscribers;

import org.jspecify.annotations.NullMarked;
