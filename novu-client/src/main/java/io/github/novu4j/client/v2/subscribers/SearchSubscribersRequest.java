package io.github.novu4j.client.v2.subscribers;

import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /v2/subscribers} ({@code subscribers.search}); the page itself is a
 * {@link io.github.novu4j.client.CursorPagination}. Unset filters are not sent; blank ones are rejected.
 *
 * <pre>{@code
 * SearchSubscribersRequest.builder().email("ada@example.com").build();
 * }</pre>
 *
 * @param email match on the email address
 * @param name match on the name
 * @param phone match on the phone number
 * @param subscriberId match on your subscriber id
 */
public record SearchSubscribersRequest(@Nullable String email, @Nullable String name, @Nullable String phone,
		@Nullable String subscriberId) {

	private static final SearchSubscribersRequest NONE = new SearchSubscribersRequest(null, null, null, null);

	/**
	 * Rejects blank filters.
	 * @param email match on the email address
	 * @param name match on the name
	 * @param phone match on the phone number
	 * @param subscriberId match on your subscriber id
	 * @throws IllegalArgumentException if a filter is blank
	 */
	public SearchSubscribersRequest {
		Checks.notBlank(email, "email");
		Checks.notBlank(name, "name");
		Checks.notBlank(phone, "phone");
		Checks.notBlank(subscriberId, "subscriberId");
	}

	/** @return no filter: every subscriber */
	public static SearchSubscribersRequest none() {
		return NONE;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link SearchSubscribersRequest}. */
	public static final class Builder {

		private @Nullable String email;

		private @Nullable String name;

		private @Nullable String phone;

		private @Nullable String subscriberId;

		private Builder() {
		}

		/**
		 * @param email match on the email address
		 * @return this builder
		 */
		public Builder email(@Nullable String email) {
			this.email = email;
			return this;
		}

		/**
		 * @param name match on the name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param phone match on the phone number
		 * @return this builder
		 */
		public Builder phone(@Nullable String phone) {
			this.phone = phone;
			return this;
		}

		/**
		 * @param subscriberId match on your subscriber id
		 * @return this builder
		 */
		public Builder subscriberId(@Nullable String subscriberId) {
			this.subscriberId = subscriberId;
			return this;
		}

		/** @return the filters */
		public SearchSubscribersRequest build() {
			return new SearchSubscribersRequest(this.email, this.name, this.phone, this.subscriberId);
		}

	}

}
