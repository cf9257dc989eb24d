package io.github.novu4j.client.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Signs webhook deliveries the way Novu does, for tests that post events to your own endpoint:
 *
 * <pre>{@code
 * NovuWebhookSigner signer = new NovuWebhookSigner("whsec_...");   // the secret your app is configured with
 * Map<String, String> headers = signer.headers("msg_1", Instant.now(), body);
 * // POST body with these headers to /novu/webhooks
 * }</pre>
 *
 * {@link #toString()} does not show the secret.
 */
public final class NovuWebhookSigner {

	private final WebhookSecret secret;

	/**
	 * @param secret the endpoint secret, {@code whsec_<base64>} (the prefix is optional)
	 * @throws NovuWebhookVerificationException with {@link NovuWebhookVerificationException.Reason#MALFORMED_SECRET}
	 * for a malformed secret
	 */
	public NovuWebhookSigner(String secret) {
		this.secret = WebhookSecret.of(secret);
	}

	/**
	 * A new random secret in Novu's format, for tests.
	 * @return {@code whsec_} followed by the base64 of 24 random bytes
	 */
	public static String generateSecret() {
		byte[] key = new byte[24];
		new java.security.SecureRandom().nextBytes(key);
		return "whsec_" + Base64.getEncoder().encodeToString(key);
	}

	/**
	 * The {@code webhook-signature} value for a delivery.
	 * @param webhookId the {@code webhook-id}
	 * @param timestamp the signing time (whole seconds are used)
	 * @param rawBody the body exactly as it will be sent
	 * @return {@code v1,<base64 HMAC-SHA256>}
	 */
	public String sign(String webhookId, Instant timestamp, byte[] rawBody) {
		Objects.requireNonNull(webhookId, "webhookId");
		Objects.requireNonNull(timestamp, "timestamp");
		Objects.requireNonNull(rawBody, "rawBody");
		byte[] mac = this.secret.mac(webhookId, Long.toString(timestamp.getEpochSecond()), rawBody);
		return "v1," + Base64.getEncoder().encodeToString(mac);
	}

	/**
	 * The three headers of a signed delivery, with the Standard Webhooks names.
	 * @param webhookId the {@code webhook-id}
	 * @param timestamp the signing time (whole seconds are used)
	 * @param rawBody the body exactly as it will be sent
	 * @return {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}, in that order
	 */
	public Map<String, String> headers(String webhookId, Instant timestamp, byte[] rawBody) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("webhook-id", webhookId);
		headers.put("webhook-timestamp", Long.toString(timestamp.getEpochSecond()));
		headers.put("webhook-signature", sign(webhookId, timestamp, rawBody));
		return headers;
	}

	/**
	 * The headers of a delivery signed now with a fresh {@code msg_} id.
	 * @param rawBody the body exactly as it will be sent
	 * @return {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
	 */
	public Map<String, String> headers(byte[] rawBody) {
		return headers("msg_" + UUID.randomUUID().toString().replace("-", ""), Instant.now(), rawBody);
	}

	/**
	 * The headers of a delivery signed now with a fresh id, for a body given as text (sent as UTF-8).
	 * @param body the JSON body
	 * @return {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature}
	 */
	public Map<String, String> headers(String body) {
		return headers(body.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "NovuWebhookSigner{secret=<redacted>}";
	}

}
