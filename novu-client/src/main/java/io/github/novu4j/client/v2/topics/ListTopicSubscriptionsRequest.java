package io.github.novu4j.client.v2.topics;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.CursorPagination;
import org.jspecify.annotations.Nullable;

/**
 * The query of {@code topics.subscriptions.list}: the cursor pagination and optional filters.
 *
 * @param pagination where the page starts, its size (1 to 100) and the order
 * @param subscriberId only the subscriptions of this subscriber
 * @param contextKeys only subscriptions scoped by exactly these context keys ({@code type:id}, in any
 * order); empty for no filter
 */
public record ListTopicSubscriptionsRequest(CursorPagination pagination, @Nullable String subscriberId,
		List<String> contextKeys) {

	private static final ListTopicSubscriptionsRequest NONE = new ListTopicSubscriptionsRequest(
			CursorPagination.none(), null, List.of());

	/**
	 * Checks the context keys.
	 * @param pagination where the page starts, its size and the order
	 * @param subscriberId only the subscriptions of this subscriber
	 * @param contextKeys only subscriptions scoped by exactly these context keys
	 * @throws IllegalArgumentException if a context key is not {@code type:id}
	 */
	public ListTopicSubscriptionsRequest {
		Objects.requireNonNull(pagination, "pagination");
		contextKeys = (contextKeys != null) ? List.copyOf(contextKeys) : List.of();
		for (String contextKey : contextKeys) {
			int colon = contextKey.indexOf(':');
			if (colon <= 0 || colon == contextKey.length() - 1) {
				throw new IllegalArgumentException("context key must be 'type:id', was '" + contextKey + "'");
			}
		}
	}

	/** @return the first page with Novu's defaults and no filter */
	public static ListTopicSubscriptionsRequest none() {
		return NONE;
	}

	/**
	 * @param pagination where the page starts, its size and the order
	 * @return the request without filters
	 */
	public static ListTopicSubscriptionsRequest of(CursorPagination pagination) {
		return new ListTopicSubscriptionsRequest(pagination, null, List.of());
	}

	/**
	 * @param subscriberId only the subscriptions of this subscriber
	 * @return a copy with that filter
	 */
	public ListTopicSubscriptionsRequest withSubscriberId(@Nullable String subscriberId) {
		return new ListTopicSubscriptionsRequest(this.pagination, subscriberId, this.contextKeys);
	}

	/**
	 * @param contextKeys only subscriptions scoped by exactly these context keys ({@code type:id})
	 * @return a copy with that filter
	 */
	public ListTopicSubscriptionsRequest withContextKeys(String... contextKeys) {
		return new ListTopicSubscriptionsRequest(this.pagination, this.subscriberId, List.of(contextKeys));
	}

}
