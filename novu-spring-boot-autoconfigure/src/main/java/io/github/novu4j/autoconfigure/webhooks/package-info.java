/**
 * Auto-configuration of an endpoint that receives Novu's webhooks ({@code POST /novu/webhooks}), verifies
 * them, deduplicates them on {@code webhook-id} and publishes each as a Spring application event.
 */
@NullMarked
package io.github.novu4j.autoconfigure.webhooks;

import org.jspecify.annotations.NullMarked;
