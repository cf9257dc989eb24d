package io.github.novu4j.client.v2.subscribers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The profile fields that {@link CreateSubscriberRequest} and {@link PatchSubscriberRequest} share, set
 * through one builder so both send them under the same names.
 *
 * @param <B> the concrete builder
 */
public abstract class SubscriberFields<B extends SubscriberFields<B>> {

	private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

	private final boolean sendNulls;

	SubscriberFields(boolean sendNulls) {
		this.sendNulls = sendNulls;
	}

	/**
	 * @param firstName first name
	 * @return this builder
	 */
	public B firstName(@Nullable String firstName) {
		return set("firstName", firstName);
	}

	/**
	 * @param lastName last name
	 * @return this builder
	 */
	public B lastName(@Nullable String lastName) {
		return set("lastName", lastName);
	}

	/**
	 * @param email email address
	 * @return this builder
	 */
	public B email(@Nullable String email) {
		return set("email", email);
	}

	/**
	 * @param phone phone number, e.g. {@code +1234567890}
	 * @return this builder
	 */
	public B phone(@Nullable String phone) {
		return set("phone", phone);
	}

	/**
	 * @param avatar avatar URL
	 * @return this builder
	 */
	public B avatar(@Nullable String avatar) {
		return set("avatar", avatar);
	}

	/**
	 * @param locale locale, e.g. {@code en-US}
	 * @return this builder
	 */
	public B locale(@Nullable String locale) {
		return set("locale", locale);
	}

	/**
	 * @param timezone IANA time zone, e.g. {@code America/New_York}
	 * @return this builder
	 */
	public B timezone(@Nullable String timezone) {
		return set("timezone", timezone);
	}

	/**
	 * @param data your custom attributes (a free-form JSON object)
	 * @return this builder
	 */
	public B data(@Nullable Map<String, ? extends @Nullable Object> data) {
		return set("data", (data != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(data)) : null);
	}

	@SuppressWarnings("unchecked")
	private B set(String name, @Nullable Object value) {
		if (value == null && !this.sendNulls) {
			this.fields.remove(name);
		}
		else {
			this.fields.put(name, value);
		}
		return (B) this;
	}

	Map<String, @Nullable Object> fields() {
		return Collections.unmodifiableMap(new LinkedHashMap<>(this.fields));
	}

}
