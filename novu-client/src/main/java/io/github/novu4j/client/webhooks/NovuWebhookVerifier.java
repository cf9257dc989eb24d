package io.github.novu4j.client.webhooks;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.webhooks.NovuWebhookVerificationException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Verifies Novu's webhook deliveries and parses them into typed events. Novu signs through Svix, which
 * follows the Standard Webhooks scheme: {@code webhook-signature} holds space-separated entries
 * {@code v1,<base64 HMAC-SHA256>} over {@code <webhook-id>.<webhook-timestamp>.<raw body>}, keyed with
 * the base64-decoded part of the endpoint's {@code whsec_...} secret. The {@code svix-} prefixed header
 * names are accepted too.
 *
 * <pre>{@code
 * NovuWebhookVerifier verifier = NovuWebhookVerifier.builder().secret(System.getenv("NOVU_WEBHOOK_SECRET")).build();
 * VerifiedWebhook webhook = verifier.verify(rawBody, headers::getFirst);
 * if (webhook.event() instanceof NovuMessageEvent message && message.type().equals(WebhookEventType.MESSAGE_DELIVERED)) { ... }
 * }</pre>
 *
 * <p>Pass the body exactly as received: parsing and re-serializing it changes the bytes and the
 * signature no longer matches. Signatures are compared in constant time; entries whose version is not
 * {@code v1} are ignored. Several secrets may be configured while you rotate the endpoint's secret: a
 * delivery is valid when any entry matches under any of them. Thread-safe; {@link #toString()} does not
 * show the secrets.
 */
public final class NovuWebhookVerifier {

	/** The default timestamp tolerance, as in Svix's own verifiers: five minutes either way. */
	public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

	private final List<WebhookSecret> secrets;

	private final Duration tolerance;

	private final Clock clock;

	private NovuWebhookVerifier(Builder builder) {
		if (builder.secrets.isEmpty()) {
			throw new IllegalArgumentException("at least one webhook secret is needed");
		}
		this.secrets = List.copyOf(builder.secrets);
		this.tolerance = builder.tolerance;
		this.clock = builder.clock;
	}

	/**
	 * A verifier with the default tolerance and the system clock.
	 * @param secrets one or more endpoint secrets ({@code whsec_...}); several while rotating
	 * @return the verifier
	 * @throws NovuWebhookVerificationException with {@link Reason#MALFORMED_SECRET} for a malformed secret
	 */
	public static NovuWebhookVerifier of(String... secrets) {
		return builder().secrets(List.of(secrets)).build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Verifies a delivery and parses its event.
	 * @param rawBody the request body exactly as received
	 * @param headers the request headers
	 * @return the verified delivery with its event; an event type this version does not know arrives as a
	 * {@link NovuUnknownEvent}
	 * @throws NovuWebhookVerificationException when a header is missing or malformed, the timestamp is out of
	 * tolerance, no signature matches, or the verified body is not a webhook event
	 */
	public VerifiedWebhook verify(byte[] rawBody, WebhookHeaders headers) {
		Instant timestamp = verifySignature(rawBody, headers);
		String webhookId = Objects.requireNonNull(header(headers, "id"));
		return new VerifiedWebhook(webhookId, timestamp, NovuWebhookEvents.parse(rawBody));
	}

	/**
	 * Verifies a delivery's signature and timestamp without parsing the body.
	 * @param rawBody the request body exactly as received
	 * @param headers the request headers
	 * @return when the delivery was signed
	 * @throws NovuWebhookVerificationException when a header is missing or malformed, the timestamp is out of
	 * tolerance, or no signature matches
	 */
	public Instant verifySignature(byte[] rawBody, WebhookHeaders headers) {
		Objects.requireNonNull(rawBody, "rawBody");
		Objects.requireNonNull(headers, "headers");
		String webhookId = header(headers, "id");
		String timestampHeader = header(headers, "timestamp");
		String signatureHeader = header(headers, "signature");
		if (webhookId == null || timestampHeader == null || signatureHeader == null) {
			throw new NovuWebhookVerificationException(Reason.MISSING_HEADER,
					"a webhook delivery needs the headers webhook-id, webhook-timestamp and webhook-signature "
							+ "(or svix-id, svix-timestamp and svix-signature); missing: "
							+ missing(webhookId, timestampHeader, signatureHeader));
		}
		Instant timestamp = checkTimestamp(timestampHeader);
		List<byte[]> expected = new ArrayList<>(this.secrets.size());
		for (WebhookSecret secret : this.secrets) {
			expected.add(secret.mac(webhookId, timestampHeader, rawBody));
		}
		boolean matched = false;
		for (String entry : signatureHeader.trim().split(" +")) {
			int comma = entry.indexOf(',');
			if (comma < 0 || !"v1".equals(entry.substring(0, comma))) {
				continue;
			}
			byte[] given;
			try {
				given = Base64.getDecoder().decode(entry.substring(comma + 1));
			}
			catch (IllegalArgumentException ex) {
				continue;
			}
			for (byte[] mac : expected) {
				// No early exit: every entry is compared with every secret's MAC in constant time.
				matched |= MessageDigest.isEqual(mac, given);
			}
		}
		if (!matched) {
			throw new NovuWebhookVerificationException(Reason.BAD_SIGNATURE, "no v1 signature of webhook " + webhookId
					+ " matches its body under the " + this.secrets.size() + " configured secret(s)");
		}
		return timestamp;
	}

	private Instant checkTimestamp(String header) {
		long seconds;
		try {
			seconds = Long.parseLong(header.trim());
		}
		catch (NumberFormatException ex) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_HEADER,
					"webhook-timestamp is not a number of seconds since the epoch");
		}
		long now = this.clock.instant().getEpochSecond();
		long tolerance = this.tolerance.getSeconds();
		if (now - seconds > tolerance) {
			throw new NovuWebhookVerificationException(Reason.STALE_TIMESTAMP, "webhook-timestamp is " + (now - seconds)
					+ " s in the past, more than the tolerance of " + tolerance + " s");
		}
		if (seconds - now > tolerance) {
			throw new NovuWebhookVerificationException(Reason.FUTURE_TIMESTAMP, "webhook-timestamp is " + (seconds - now)
					+ " s in the future, more than the tolerance of " + tolerance + " s");
		}
		return Instant.ofEpochSecond(seconds);
	}

	private static @Nullable String header(WebhookHeaders headers, String suffix) {
		String value = headers.get("webhook-" + suffix);
		if (value == null || value.isBlank()) {
			value = headers.get("svix-" + suffix);
		}
		return (value == null || value.isBlank()) ? null : value;
	}

	private static String missing(@Nullable String id, @Nullable String timestamp, @Nullable String signature) {
		List<String> names = new ArrayList<>();
		if (id == null) {
			names.add("webhook-id");
		}
		if (timestamp == null) {
			names.add("webhook-timestamp");
		}
		if (signature == null) {
			names.add("webhook-signature");
		}
		return String.join(", ", names);
	}

	/** @return the timestamp tolerance either way */
	public Duration tolerance() {
		return this.tolerance;
	}

	@Override
	public String toString() {
		return "NovuWebhookVerifier{secrets=<" + this.secrets.size() + " redacted>, tolerance=" + this.tolerance + "}";
	}

	/** Builds a {@link NovuWebhookVerifier}. */
	public static final class Builder {

		private final List<WebhookSecret> secrets = new ArrayList<>();

		private Duration tolerance = DEFAULT_TOLERANCE;

		private Clock clock = Clock.systemUTC();

		private Builder() {
		}

		/**
		 * Adds an endpoint secret; call again for each secret accepted during a rotation.
		 * @param secret {@code whsec_<base64>} (the prefix is optional)
		 * @return this builder
		 * @throws NovuWebhookVerificationException with {@link Reason#MALFORMED_SECRET} for a malformed secret
		 */
		public Builder secret(String secret) {
			this.secrets.add(WebhookSecret.of(secret));
			return this;
		}

		/**
		 * Adds several endpoint secrets.
		 * @param secrets {@code whsec_<base64>} values
		 * @return this builder
		 * @throws NovuWebhookVerificationException with {@link Reason#MALFORMED_SECRET} for a malformed secret
		 */
		public Builder secrets(Collection<String> secrets) {
			Objects.requireNonNull(secrets, "secrets").forEach(this::secret);
			return this;
		}

		/**
		 * How far {@code webhook-timestamp} may lie from the clock either way (boundary included).
		 * @param tolerance a non-negative duration; default five minutes
		 * @return this builder
		 */
		public Builder tolerance(Duration tolerance) {
			Objects.requireNonNull(tolerance, "tolerance");
			if (tolerance.isNegative()) {
				throw new IllegalArgumentException("tolerance must not be negative, got " + tolerance);
			}
			this.tolerance = tolerance;
			return this;
		}

		/**
		 * The clock timestamps are checked against.
		 * @param clock the clock; default the system clock (UTC)
		 * @return this builder
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * @return the verifier
		 * @throws IllegalArgumentException when no secret was given
		 */
		public NovuWebhookVerifier build() {
			return new NovuWebhookVerifier(this);
		}

		@Override
		public String toString() {
			return "NovuWebhookVerifier.Builder{secrets=<" + this.secrets.size() + " redacted>}";
		}

	}

}
