package io.github.novu4j.client.integrations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A provider's credentials ({@code CredentialsDto}): API keys, secrets, sender settings. Free-form,
 * because every provider has its own keys and Novu adds providers; kept as a map of what Novu sends,
 * with names as on the wire ({@code apiKey}, {@code secretKey}, {@code from}, ...).
 *
 * <p>Secrets: {@link #toString()} lists which names are set, never a value, so an integration can be
 * logged safely.
 *
 * <pre>{@code
 * IntegrationCredentials credentials = IntegrationCredentials.builder()
 *     .apiKey(System.getenv("SENDGRID_API_KEY"))
 *     .from("no-reply@example.com")
 *     .senderName("Example")
 *     .put("ipPoolName", "transactional")
 *     .build();
 * }</pre>
 */
public final class IntegrationCredentials {

	private static final IntegrationCredentials EMPTY = new IntegrationCredentials(Map.of());

	private final Map<String, @Nullable Object> values;

	private IntegrationCredentials(Map<String, ? extends @Nullable Object> values) {
		// A LinkedHashMap, not Map.copyOf: Novu may send a credential as null, and order helps reading.
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/**
	 * @param values credentials by their wire name
	 * @return the credentials
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static IntegrationCredentials of(Map<String, ? extends @Nullable Object> values) {
		return new IntegrationCredentials((values != null) ? values : Map.of());
	}

	/** @return credentials with nothing set */
	public static IntegrationCredentials empty() {
		return EMPTY;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** @return every credential by its wire name, unmodifiable; the JSON form */
	@JsonValue
	public Map<String, @Nullable Object> asMap() {
		return this.values;
	}

	/**
	 * @param name a wire name, e.g. {@code apiKey}
	 * @return its value, or {@code null}
	 */
	public @Nullable Object get(String name) {
		return this.values.get(name);
	}

	/**
	 * @param name a wire name, e.g. {@code from}
	 * @return its value as text (numbers and booleans converted), or {@code null}
	 */
	public @Nullable String getString(String name) {
		Object value = this.values.get(name);
		return (value != null) ? String.valueOf(value) : null;
	}

	/** @return the names that are set */
	public Set<String> names() {
		return this.values.keySet();
	}

	/** @return whether nothing is set */
	public boolean isEmpty() {
		return this.values.isEmpty();
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof IntegrationCredentials credentials) && this.values.equals(credentials.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	/** @return the names that are set, each value redacted */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder("IntegrationCredentials{");
		String separator = "";
		for (String name : this.values.keySet()) {
			text.append(separator).append(name).append("=<redacted>");
			separator = ", ";
		}
		return text.append('}').toString();
	}

	/**
	 * Builder of {@link IntegrationCredentials}, with setters for the common names; {@link #put} sets any
	 * other name the provider needs.
	 */
	public static final class Builder {

		private final Map<String, @Nullable Object> values = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * @param name the wire name
		 * @param value its value (text, boolean, number or a nested map such as {@code tlsOptions})
		 * @return this builder
		 */
		public Builder put(String name, @Nullable Object value) {
			if (name == null || name.isBlank()) {
				throw new IllegalArgumentException("A credential needs a name");
			}
			this.values.put(name, value);
			return this;
		}

		/**
		 * @param apiKey the provider's API key
		 * @return this builder
		 */
		public Builder apiKey(String apiKey) {
			return put("apiKey", apiKey);
		}

		/**
		 * @param secretKey the provider's secret key (for {@code push-webhook}, the secret that signs Novu's calls)
		 * @return this builder
		 */
		public Builder secretKey(String secretKey) {
			return put("secretKey", secretKey);
		}

		/**
		 * @param user the user name, e.g. of an SMTP server
		 * @return this builder
		 */
		public Builder user(String user) {
			return put("user", user);
		}

		/**
		 * @param password the password, e.g. of an SMTP server
		 * @return this builder
		 */
		public Builder password(String password) {
			return put("password", password);
		}

		/**
		 * @param token the provider's token, e.g. Twilio's auth token
		 * @return this builder
		 */
		public Builder token(String token) {
			return put("token", token);
		}

		/**
		 * @param accountSid the account id, e.g. Twilio's account SID
		 * @return this builder
		 */
		public Builder accountSid(String accountSid) {
			return put("accountSid", accountSid);
		}

		/**
		 * @param from the sender: an email address or a phone number, depending on the channel
		 * @return this builder
		 */
		public Builder from(String from) {
			return put("from", from);
		}

		/**
		 * @param senderName the sender's display name
		 * @return this builder
		 */
		public Builder senderName(String senderName) {
			return put("senderName", senderName);
		}

		/**
		 * @param domain the sending domain, e.g. for Mailgun
		 * @return this builder
		 */
		public Builder domain(String domain) {
			return put("domain", domain);
		}

		/**
		 * @param region the provider's region, e.g. for Amazon SES
		 * @return this builder
		 */
		public Builder region(String region) {
			return put("region", region);
		}

		/**
		 * @param host the server host, e.g. of an SMTP server
		 * @return this builder
		 */
		public Builder host(String host) {
			return put("host", host);
		}

		/**
		 * @param port the port; Novu's document types it as text
		 * @return this builder
		 */
		public Builder port(String port) {
			return put("port", port);
		}

		/**
		 * @param secure whether the connection uses TLS, e.g. to an SMTP server
		 * @return this builder
		 */
		public Builder secure(boolean secure) {
			return put("secure", secure);
		}

		/**
		 * @param baseUrl the base URL of the provider's API, for providers that take one
		 * @return this builder
		 */
		public Builder baseUrl(String baseUrl) {
			return put("baseUrl", baseUrl);
		}

		/**
		 * @param webhookUrl the URL Novu calls, for webhook providers such as {@code push-webhook}
		 * @return this builder
		 */
		public Builder webhookUrl(String webhookUrl) {
			return put("webhookUrl", webhookUrl);
		}

		/** @return the credentials */
		public IntegrationCredentials build() {
			return new IntegrationCredentials(this.values);
		}

	}

}
