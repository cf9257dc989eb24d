package io.github.novu4j.test;

import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Assertions over a subscriber as a {@link LocalNovu} stores it. */
public final class SubscriberAssert {

	private final String subscriberId;

	private final Map<String, Object> subscriber;

	SubscriberAssert(String subscriberId, Map<String, Object> subscriber) {
		this.subscriberId = subscriberId;
		this.subscriber = subscriber;
	}

	/**
	 * @param field a field of the wire format, e.g. {@code email}, {@code firstName}, {@code locale}
	 * @param value the expected value, {@code null} for absent
	 * @return these assertions
	 */
	public SubscriberAssert has(String field, @Nullable Object value) {
		Object actual = this.subscriber.get(field);
		if (!Objects.equals(actual, value)) {
			throw new AssertionError("Expected subscriber '" + this.subscriberId + "' to have " + field + "=" + value
					+ " but it has " + actual);
		}
		return this;
	}

	/**
	 * @param email the expected email
	 * @return these assertions
	 */
	public SubscriberAssert hasEmail(@Nullable String email) {
		return has("email", email);
	}

	/**
	 * @param key a key of the subscriber's custom {@code data}
	 * @param value the expected value, as it reads back from JSON
	 * @return these assertions
	 */
	public SubscriberAssert hasDataEntry(String key, @Nullable Object value) {
		Object data = this.subscriber.get("data");
		Object actual = (data instanceof Map<?, ?> map) ? map.get(key) : null;
		if (!(data instanceof Map<?, ?> map && map.containsKey(key)) || !Objects.equals(actual, value)) {
			throw new AssertionError("Expected subscriber '" + this.subscriberId + "' to have data " + key + "=" + value
					+ " but its data is " + data);
		}
		return this;
	}

	/** @return the stored subscriber (wire-format fields, no {@code null}s) */
	public Map<String, Object> actual() {
		return this.subscriber;
	}

}
