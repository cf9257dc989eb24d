package io.github.novu4j.framework;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The {@code novu-signature} header Novu puts on every bridge request: {@code t=<unix ms>,v1=<hex>}, where
 * {@code v1} is the lowercase hex HMAC-SHA256, keyed with the environment's secret key, of
 * {@code t + "." + body} ({@code {}} for a request without a body).
 */
public final class NovuSignature {

	/** The request header that carries the signature. */
	public static final String HEADER = "novu-signature";

	/** How far, in milliseconds, the signature's timestamp may be from this machine's clock (either way). */
	public static final long TOLERANCE_MILLIS = 300_000L;

	private NovuSignature() {
	}

	/**
	 * The {@code v1} value: lowercase hex HMAC-SHA256 of {@code timestamp + "." + body}.
	 *
	 * @param secretKey the environment's secret key
	 * @param timestampMillis the signature's time, Unix milliseconds
	 * @param body the signed body; a blank body is signed as {@code {}}
	 * @return the lowercase hex digest
	 */
	public static String hmac(String secretKey, long timestampMillis, String body) {
		Objects.requireNonNull(secretKey, "secretKey");
		Objects.requireNonNull(body, "body");
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestampMillis + "." + signedBody(body)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * A complete header value, as Novu sends it: {@code t=<timestampMillis>,v1=<hmac>}.
	 *
	 * @param secretKey the environment's secret key
	 * @param timestampMillis the signature's time, Unix milliseconds
	 * @param body the signed body; a blank body is signed as {@code {}}
	 * @return the header value
	 */
	public static String header(String secretKey, long timestampMillis, String body) {
		return "t=" + timestampMillis + ",v1=" + hmac(secretKey, timestampMillis, body);
	}

	static String signedBody(String body) {
		return body.isBlank() ? "{}" : body;
	}

	/**
	 * Checks a header value; throws the bridge error Novu's SDK answers with when it does not hold.
	 *
	 * @param header the header value, possibly absent
	 * @param secretKey the environment's secret key
	 * @param body the raw request body
	 * @param nowMillis the current time, Unix milliseconds
	 */
	static void verify(@Nullable String header, String secretKey, String body, long nowMillis) {
		if (header == null || header.isBlank()) {
			throw new BridgeException(401, "SignatureNotFoundError",
					"Signature not found. Please provide a signature in the `novu-signature` header.");
		}
		String timestamp = null;
		String v1 = null;
		for (String part : header.split(",")) {
			int eq = part.indexOf('=');
			if (eq < 0) {
				continue;
			}
			String key = part.substring(0, eq).trim();
			String value = part.substring(eq + 1).trim();
			if (key.equals("t") && timestamp == null) {
				timestamp = value;
			}
			else if (key.equals("v1") && v1 == null) {
				v1 = value;
			}
		}
		long t;
		try {
			if (timestamp == null || v1 == null) {
				throw new NumberFormatException();
			}
			t = Long.parseLong(timestamp);
		}
		catch (NumberFormatException ex) {
			throw new BridgeException(401, "SignatureInvalidError",
					"Signature is invalid. Please provide a valid signature `t=<timestamp>,v1=<hmac>` in the `novu-signature` header.");
		}
		if (t < nowMillis - TOLERANCE_MILLIS || t > nowMillis + TOLERANCE_MILLIS) {
			throw new BridgeException(401, "SignatureExpiredError",
					"Signature expired. Please provide a signature made within the last 5 minutes.");
		}
		byte[] expected = hmac(secretKey, t, body).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.UTF_8))) {
			throw new BridgeException(401, "SignatureMismatchError",
					"Signature does not match the expected signature. Please check that the secret key of the bridge is the one of the Novu environment.");
		}
	}
}
