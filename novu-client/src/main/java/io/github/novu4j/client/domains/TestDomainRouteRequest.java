package io.github.novu4j.client.domains;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * A synthetic inbound mail sent through a route ({@code TestDomainRouteDto}). With {@code dryRun} Novu
 * only shows the payload it would deliver.
 *
 * <pre>{@code
 * TestDomainRouteRequest.builder("alice@example.org", "Where is my order?").text("Order 42").dryRun(true).build();
 * }</pre>
 *
 * @param from the sender
 * @param subject the subject
 * @param text the plain-text body
 * @param html the HTML body
 * @param dryRun whether to deliver nothing and return the payload
 */
public record TestDomainRouteRequest(@JsonProperty("from") From from, @JsonProperty("subject") String subject,
		@JsonProperty("text") @Nullable String text, @JsonProperty("html") @Nullable String html,
		@JsonProperty("dryRun") @Nullable Boolean dryRun) {

	/**
	 * Checks the sender and subject.
	 * @param from the sender
	 * @param subject the subject
	 * @param text the plain-text body
	 * @param html the HTML body
	 * @param dryRun whether to deliver nothing
	 */
	public TestDomainRouteRequest {
		java.util.Objects.requireNonNull(from, "from");
		TextChecks.requireText(subject, "subject");
	}

	/**
	 * @param fromAddress the sender's e-mail address
	 * @param subject the subject
	 * @return a builder
	 */
	public static Builder builder(String fromAddress, String subject) {
		return new Builder(fromAddress, subject);
	}

	/**
	 * The sender of a test mail ({@code TestDomainRouteFromDto}).
	 *
	 * @param address the e-mail address
	 * @param name the display name
	 */
	public record From(@JsonProperty("address") String address, @JsonProperty("name") @Nullable String name) {

		/**
		 * Checks the address.
		 * @param address the e-mail address
		 * @param name the display name
		 */
		public From {
			TextChecks.requireText(address, "from address");
			if (address.indexOf('@') <= 0) {
				throw new IllegalArgumentException("from address must be an e-mail address, was '" + address + "'");
			}
		}

	}

	/**
	 * Builds a {@link TestDomainRouteRequest}.
	 */
	public static final class Builder {

		private final String fromAddress;

		private final String subject;

		private @Nullable String fromName;

		private @Nullable String text;

		private @Nullable String html;

		private @Nullable Boolean dryRun;

		private Builder(String fromAddress, String subject) {
			this.fromAddress = fromAddress;
			this.subject = subject;
		}

		/**
		 * @param fromName the sender's display name
		 * @return this builder
		 */
		public Builder fromName(@Nullable String fromName) {
			this.fromName = fromName;
			return this;
		}

		/**
		 * @param text the plain-text body
		 * @return this builder
		 */
		public Builder text(@Nullable String text) {
			this.text = text;
			return this;
		}

		/**
		 * @param html the HTML body
		 * @return this builder
		 */
		public Builder html(@Nullable String html) {
			this.html = html;
			return this;
		}

		/**
		 * @param dryRun whether to deliver nothing and return the payload
		 * @return this builder
		 */
		public Builder dryRun(@Nullable Boolean dryRun) {
			this.dryRun = dryRun;
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if the sender or subject is missing
		 */
		public TestDomainRouteRequest build() {
			return new TestDomainRouteRequest(new From(this.fromAddress, this.fromName), this.subject, this.text,
					this.html, this.dryRun);
		}

	}

}
