package io.github.novu4j.client.webhooks;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.github.novu4j.client.webhooks.NovuWebhookVerificationException.Reason;

/**
 * A webhook endpoint's signing secret as Novu shows it ({@code whsec_} followed by base64; the prefix is
 * optional, as in Svix's own libraries). Holds the decoded key; {@link #toString()} never shows it.
 */
public final class WebhookSecret {

	private static final String PREFIX = "whsec_";

	private final byte[] key;

	private WebhookSecret(byte[] key) {
		this.key = key;
	}

	/**
	 * Decodes a secret.
	 * @param secret {@code whsec_<base64>} or just the base64 part
	 * @return the secret
	 * @throws NovuWebhookVerificationException with {@link Reason#MALFORMED_SECRET} when it is blank, not
	 * base64 or decodes to nothing (the message does not repeat the secret)
	 */
	public static WebhookSecret of(String secret) {
		Objects.requireNonNull(secret, "secret");
		String encoded = secret.strip();
		if (encoded.startsWith(PREFIX)) {
			encoded = encoded.substring(PREFIX.length());
		}
		if (encoded.isEmpty()) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_SECRET,
					"the webhook secret is empty; copy it from the Novu dashboard (whsec_...)");
		}
		byte[] key;
		try {
			key = Base64.getDecoder().decode(encoded);
		}
		catch (IllegalArgumentException ex) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_SECRET,
					"the webhook secret is not whsec_ followed by base64 (" + encoded.length() + " characters after the prefix)");
		}
		if (key.length == 0) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_SECRET, "the webhook secret decodes to no bytes");
		}
		return new WebhookSecret(key);
	}

	/**
	 * The raw HMAC-SHA256 over {@code id.timestamp.body}.
	 * @param webhookId the {@code webhook-id}
	 * @param timestamp the {@code webhook-timestamp} as sent (unix seconds)
	 * @param body the raw body
	 * @return the 32-byte MAC
	 */
	byte[] mac(String webhookId, String timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			mac.update((webhookId + "." + timestamp + ".").getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	@Override
	public String toString() {
		return "WebhookSecret{<redacted>}";
	}

}
