package io.github.novu4j.client.internal;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

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
		JsonNode tree;
		try {
			tree = this.mapper.readTree(body);
		}
		catch (JacksonException ex) {
			return "<" + body.length + " bytes, not valid JSON, not logged>";
		}
		redact(tree, false);
		String text = this.mapper.writeValueAsString(tree);
		// A safety net for keys echoed in a place no property name gives away.
		if (!this.apiKey.isEmpty()) {
			text = text.replace(this.apiKey, REDACTED);
		}
		if (text.length() > MAX_LOGGED_CHARS) {
			return text.substring(0, MAX_LOGGED_CHARS) + "... (" + (text.length() - MAX_LOGGED_CHARS)
					+ " more characters)";
		}
		return text;
	}

	private void redact(JsonNode node, boolean secret) {
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> property : new ArrayList<>(object.properties())) {
				JsonNode value = property.getValue();
				boolean secretValue = secret || SECRET_PROPERTIES.contains(property.getKey().toLowerCase(Locale.ROOT));
				if (value.isContainer()) {
					redact(value, secretValue);
				}
				else if (secretValue && !value.isNull()) {
					object.put(property.getKey(), REDACTED);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				JsonNode value = array.get(i);
				if (value.isContainer()) {
					redact(value, secret);
				}
				else if (secret && !value.isNull()) {
					array.set(i, array.stringNode(REDACTED));
				}
			}
		}
	}

}
