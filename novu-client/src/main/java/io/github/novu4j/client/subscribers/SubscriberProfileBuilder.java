package io.github.novu4j.client.subscribers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The profile fields that creating and updating a subscriber share, for both request builders.
 *
 * @param <B> the concrete builder
 */
abstract class SubscriberProfileBuilder<B extends SubscriberProfileBuilder<B>> {

	@Nullable String email;

	@Nullable String firstName;

	@Nullable String lastName;

	@Nullable String phone;

	@Nullable String avatar;

	@Nullable String locale;

	@Nullable Map<String, @Nullable Object> data;

	abstract B self();

	/**
	 * @param email email address
	 * @return this builder
	 */
	public B email(@Nullable String email) {
		this.email = email;
		return self();
	}

	/**
	 * @param firstName first name
	 * @return this builder
	 */
	public B firstName(@Nullable String firstName) {
		this.firstName = firstName;
		return self();
	}

	/**
	 * @param lastName last name
	 * @return this builder
	 */
	public B lastName(@Nullable String lastName) {
		this.lastName = lastName;
		return self();
	}

	/**
	 * @param phone phone number
	 * @return this builder
	 */
	public B phone(@Nullable String phone) {
		this.phone = phone;
		return self();
	}

	/**
	 * @param avatar avatar URL
	 * @return this builder
	 */
	public B avatar(@Nullable String avatar) {
		this.avatar = avatar;
		return self();
	}

	/**
	 * @param locale locale, e.g. {@code en-GB}
	 * @return this builder
	 */
	public B locale(@Nullable String locale) {
		this.locale = locale;
		return self();
	}

	/**
	 * @param data your custom attributes; replaces any set before (and, on update, the stored object)
	 * @return this builder
	 */
	public B data(@Nullable Map<String, ?> data) {
		this.data = (data != null) ? new LinkedHashMap<>(data) : null;
		return self();
	}

}
