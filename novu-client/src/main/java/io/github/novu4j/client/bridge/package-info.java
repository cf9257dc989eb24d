/**
 * Registering a Novu Framework bridge with Novu ({@code POST /v1/bridge/sync}): Novu then calls the bridge's
 * {@code discover} action itself and stores the workflows it finds. Also a command-line entry point,
 * {@link io.github.novu4j.client.bridge.SyncBridge}, for a deployment step.
 */
@NullMarked
package io.github.novu4j.client.bridge;

import org.jspecify.annotations.NullMarked;
