/**
 * Receiving Novu's outbound webhooks without any framework: {@link io.github.novu4j.client.webhooks.NovuWebhookVerifier}
 * checks the Standard Webhooks (Svix) signature over the raw body and parses it into a typed
 * {@link io.github.novu4j.client.webhooks.NovuWebhookEvent}; {@link io.github.novu4j.client.webhooks.NovuWebhookSigner}
 * signs events the same way, for tests that post to your own endpoint.
 */
@NullMarked
package io.github.novu4j.client.webhooks;

import org.jspecify.annotations.NullMarked;
