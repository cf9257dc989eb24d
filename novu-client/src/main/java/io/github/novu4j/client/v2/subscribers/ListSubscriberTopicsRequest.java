package io.github.novu4j.client.v2.subscribers;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code subscribers().topics().list(..)}; the page itself is a
 * {@link io.github.novu4j.client.CursorPagination}.
 *
 * @param key only the subscription to the topic with this key
 * @param contextKeys only subscriptions scoped to these contexts, e.g. {@code tenant:acme}
 */
public record ListSubscriberTopicsRequest(@Nullable String key, @Nullable List<String> contextKeys) {

	private static final ListSubscriberTopicsRequest NONE = new ListSubscriberTopicsRequest(null, null);

	/**
	 * Checks the filters.
	 * @param key a topic key
	 * @param contextKeys context keys
	 * @throws IllegalArgumentException if a value is blank
	 */
	public ListSubscriberTopicsRequest {
		Checks.notBlank(key, "key");
		contextKeys = Checks.contextKeys(contextKeys);
	}

	/** @return no filter */
	public static ListSubscriberTopicsRequest none() {
		return NONE;
	}

	/**
	 * @param key a topic key
	 * @return a filter on that topic
	 */
	public static ListSubscriberTopicsRequest ofKey(String key) {
		return new ListSubscriberTopicsRequest(key, null);
	}

}
