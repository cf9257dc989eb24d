package io.github.novu4j.client.internal;

import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes request and response bodies safe to log: every value under a secret-bearing property
 * (provider and channel {@code credentials}, {@code apiKeys}, {@code apiKey}, {@code secretKey},
 * {@code token}, {@code password}, {@code webhookUrl}, {@code deviceTokens}, {@code hmacHash}, ...) is
 * replaced, and the client's own API key is replaced wherever it still appears. Bodies that are not
 * JSON cannot be redacted by structure, so they are described, not printed.
 */
final class LogRedaction {

	static final String REDACTED = "<redacted>";

	/** Longest body text logged; the rest is summarized (trigger bodies may be megabytes). */
	static final int MAX_LOGGED_CHARS = 8192;

	// Compared in lower case. A property with one of these names has every value below it redacted.
	private static final Set<String> SECRET_PROPERTIES = Set.of("credentials", "apikeys", "apikey", "apisecret",
			"secretkey", "secret", "clientsecret", "password", "token", "accesstoken", "refreshtoken", "authtoken",
			"apitoken", "privatekey", "serviceaccount", "webhookurl", "devicetokens", "hmachash", "authorization");

	private final String apiKey;

	private final JsonMapper mapper;

	LogRedaction(String apiKey, JsonMapper mapper) {
		this.apiKey = apiKey;
		this.mapper = mapper;
	}

	/**
	 * Redacts a failure at the client's boundary: if any message in its cause chain (suppressed ones
	 * included) carries the API key, the chain is replaced by {@link RedactedFailure}s with the key
	 * replaced; otherwise the failure is returned as it is.
	 * @param failure what the HTTP library threw
	 * @return the failure, or a redacted stand-in
	 */
	Throwable redact(Throwable failure) {
		if (this.apiKey.isEmpty() || !carriesKey(failure, 0)) {
			return failure;
		}
		return redactedCopy(failure, 0);
	}

	/**
	 * @param text any text
	 * @return the text with the API key replaced
	 */
	String redact(String text) {
		return this.apiKey.isEmpty() ? text : text.replace(this.apiKey, REDACTED);
	}

	private boolean carriesKey(Throwable failure, int depth) {
		if (depth > 20) {
			return false;
		}
		if (String.valueOf(failure.getMessage()).contains(this.apiKey)
				|| String.valueOf(failure.getLocalizedMessage()).contains(this.apiKey)) {
			return true;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			if (carriesKey(suppressed, depth + 1)) {
				return true;
			}
		}
		Throwable cause = failure.getCause();
		return cause != null && cause != failure && carriesKey(cause, depth + 1);
	}

	private RedactedFailure redactedCopy(Throwable failure, int depth) {
		String message = redact(String.valueOf(failure.getMessage()));
		Throwable cause = failure.getCause();
		RedactedFailure copy = (cause != null && cause != failure && depth < 20)
				? new RedactedFailure(failure, message, redactedCopy(cause, depth + 1))
				: new RedactedFailure(failure, message);
		for (Throwable suppressed : failure.getSuppressed()) {
			copy.addSuppressed(redactedCopy(suppressed, depth + 1));
		}
		return copy;
	}

	/**
	 * Streams the body through a JSON parser and stops as soon as the text to log is long enough, so a
	 * body of megabytes is neither parsed whole nor copied into a String or a tree.
	 * @param body the body bytes
	 * @param contentType the body's Content-Type, or {@code null} when unknown
	 * @return the body with secrets replaced, shortened to {@link #MAX_LOGGED_CHARS}
	 */
	String body(byte[] body, @Nullable String contentType) {
		if (body.length == 0) {
			return "<empty>";
		}
		if (contentType != null && !contentType.toLowerCase(Locale.ROOT).contains("json")) {
			return "<" + body.length + " bytes of " + contentType + ", not logged>";
		}
		// Written beyond the cut by the key's length, so a key straddling the cut is still replaced whole.
		int limit = MAX_LOGGED_CHARS + this.apiKey.length();
		StringWriter out = new StringWriter();
		boolean complete;
		try (JsonParser parser = this.mapper.createParser(body); JsonGenerator generator = this.mapper.createGenerator(out)) {
			complete = copyRedacted(parser, generator, out, limit);
		}
		catch (JacksonException ex) {
			return "<" + body.length + " bytes, not valid JSON, not logged>";
		}
		String text = out.toString();
		// A safety net for keys echoed in a place no property name gives away.
		if (!this.apiKey.isEmpty()) {
			text = text.replace(this.apiKey, REDACTED);
		}
		if (!complete || text.length() > MAX_LOGGED_CHARS) {
			return text.substring(0, Math.min(text.length(), MAX_LOGGED_CHARS)) + "... (" + body.length
					+ " bytes in all, cut)";
		}
		return text;
	}

	/**
	 * @return whether the whole body was copied ({@code false}: stopped at the limit)
	 */
	private static boolean copyRedacted(JsonParser parser, JsonGenerator generator, StringWriter out, int limit) {
		// One entry per open container: whether every value inside it is secret.
		Deque<Boolean> secretContainers = new ArrayDeque<>();
		boolean nextValueSecret = false;
		JsonToken token;
		while ((token = parser.nextToken()) != null) {
			boolean inSecret = !secretContainers.isEmpty() && secretContainers.peek();
			if (token == JsonToken.PROPERTY_NAME) {
				nextValueSecret = inSecret || SECRET_PROPERTIES.contains(parser.currentName().toLowerCase(Locale.ROOT));
				generator.copyCurrentEvent(parser);
			}
			else if (token.isStructStart()) {
				secretContainers.push(inSecret || nextValueSecret);
				nextValueSecret = false;
				generator.copyCurrentEvent(parser);
			}
			else if (token.isStructEnd()) {
				secretContainers.pop();
				generator.copyCurrentEvent(parser);
			}
			else {
				boolean secret = inSecret || nextValueSecret;
				nextValueSecret = false;
				if (secret && token != JsonToken.VALUE_NULL) {
					generator.writeString(REDACTED);
				}
				else {
					generator.copyCurrentEvent(parser);
				}
			}
			generator.flush();
			if (out.getBuffer().length() > limit) {
				return false;
			}
		}
		return true;
	}

}
