/**
 * Triggering workflows: trigger, bulk trigger, broadcast and cancel.
 */
@NullMarked
package io.github.novu4j.client.events;

import org.jspecify.annotations.NullMarked;
