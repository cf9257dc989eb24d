/**
 * Notifications (activity feed) and their statistics.
 */
@NullMarked
package io.github.novu4j.client.notifications;

import org.jspecify.annotations.NullMarked;
