package io.github.novu4j.client.environments;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an environment ({@code UpdateEnvironmentRequestDto}; unset fields stay as they are,
 * although the method is a PUT). Build with {@link #builder()}.
 *
 * @param name a new display name
 * @param identifier a new public application identifier
 * @param parentId a new parent environment
 * @param color a new dashboard color
 * @param dns the inbound-parse domain ({@code {"inboundParseDomain": ".."}})
 * @param bridge the bridge endpoint of code-first workflows ({@code {"url": ".."}})
 */
public record UpdateEnvironmentRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("identifier") @Nullable String identifier, @JsonProperty("parentId") @Nullable String parentId,
		@JsonProperty("color") @Nullable String color, @JsonProperty("dns") @Nullable Map<String, String> dns,
		@JsonProperty("bridge") @Nullable Map<String, String> bridge) {

	/**
	 * Checks that set fields are not blank.
	 * @param name a new display name
	 * @param identifier a new public application identifier
	 * @param parentId a new parent environment
	 * @param color a new dashboard color
	 * @param dns the inbound-parse domain
	 * @param bridge the bridge endpoint
	 * @throws IllegalArgumentException if a set text field is blank
	 */
	public UpdateEnvironmentRequest {
		requireNotBlank(name, "name");
		requireNotBlank(identifier, "identifier");
		requireNotBlank(parentId, "parentId");
		requireNotBlank(color, "color");
		dns = (dns != null) ? Map.copyOf(dns) : null;
		bridge = (bridge != null) ? Map.copyOf(bridge) : null;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	private static void requireNotBlank(@Nullable String value, String field) {
		if (value != null && value.isBlank()) {
			throw new IllegalArgumentException("environments.update " + field + " must not be blank (leave it null to keep it)");
		}
	}

	/** Builder of {@link UpdateEnvironmentRequest}. */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable String identifier;

		private @Nullable String parentId;

		private @Nullable String color;

		private @Nullable Map<String, String> dns;

		private @Nullable Map<String, String> bridge;

		private Builder() {
		}

		/**
		 * @param name a new display name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param identifier a new public application identifier
		 * @return this builder
		 */
		public Builder identifier(@Nullable String identifier) {
			this.identifier = identifier;
			return this;
		}

		/**
		 * @param parentId a new parent environment
		 * @return this builder
		 */
		public Builder parentId(@Nullable String parentId) {
			this.parentId = parentId;
			return this;
		}

		/**
		 * @param color a new dashboard color, e.g. {@code #3498db}
		 * @return this builder
		 */
		public Builder color(@Nullable String color) {
			this.color = color;
			return this;
		}

		/**
		 * @param inboundParseDomain the domain Novu parses inbound email for
		 * @return this builder
		 */
		public Builder inboundParseDomain(String inboundParseDomain) {
			this.dns = Map.of("inboundParseDomain", inboundParseDomain);
			return this;
		}

		/**
		 * @param url the bridge endpoint of code-first workflows
		 * @return this builder
		 */
		public Builder bridgeUrl(String url) {
			this.bridge = Map.of("url", url);
			return this;
		}

		/**
		 * @return the request
		 * @throws IllegalArgumentException if a set text field is blank
		 */
		public UpdateEnvironmentRequest build() {
			return new UpdateEnvironmentRequest(this.name, this.identifier, this.parentId, this.color, this.dns,
					this.bridge);
		}

	}

}
