package io.github.novu4j.client.v2.workflows;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A change of a few fields of a workflow ({@code PatchWorkflowDto}); unset fields stay as they are. At
 * least one field must be set. Build with {@link #builder()}.
 *
 * @param active activate or deactivate the workflow
 * @param name a new name
 * @param description a new description
 * @param tags new tags
 * @param payloadSchema a new payload JSON Schema
 * @param validatePayload whether Novu validates trigger payloads
 * @param isTranslationEnabled whether translations are enabled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PatchWorkflowRequest(@JsonProperty("active") @Nullable Boolean active,
		@JsonProperty("name") @Nullable String name, @JsonProperty("description") @Nullable String description,
		@JsonProperty("tags") @Nullable List<String> tags,
		@JsonProperty("payloadSchema") @Nullable Map<String, @Nullable Object> payloadSchema,
		@JsonProperty("validatePayload") @Nullable Boolean validatePayload,
		@JsonProperty("isTranslationEnabled") @Nullable Boolean isTranslationEnabled) {

	/**
	 * Checks that something changes.
	 * @param active activate or deactivate the workflow
	 * @param name a new name
	 * @param description a new description
	 * @param tags new tags
	 * @param payloadSchema a new payload JSON Schema
	 * @param validatePayload whether Novu validates trigger payloads
	 * @param isTranslationEnabled whether translations are enabled
	 * @throws IllegalArgumentException if nothing is set, or the name is blank
	 */
	public PatchWorkflowRequest {
		if (active == null && name == null && description == null && tags == null && payloadSchema == null
				&& validatePayload == null && isTranslationEnabled == null) {
			throw new IllegalArgumentException("a workflow patch needs at least one field");
		}
		if (name != null) {
			Workflows.requireName(name);
		}
		tags = (tags != null) ? List.copyOf(tags) : null;
	}

	/**
	 * @param active whether the workflow is active
	 * @return a patch of that field only
	 */
	public static PatchWorkflowRequest active(boolean active) {
		return builder().active(active).build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/** Builds a {@link PatchWorkflowRequest}. */
	public static final class Builder {

		private @Nullable Boolean active;

		private @Nullable String name;

		private @Nullable String description;

		private @Nullable List<String> tags;

		private @Nullable Map<String, @Nullable Object> payloadSchema;

		private @Nullable Boolean validatePayload;

		private @Nullable Boolean isTranslationEnabled;

		private Builder() {
		}

		/**
		 * @param active activate or deactivate the workflow
		 * @return this builder
		 */
		public Builder active(@Nullable Boolean active) {
			this.active = active;
			return this;
		}

		/**
		 * @param name a new name
		 * @return this builder
		 */
		public Builder name(@Nullable String name) {
			this.name = name;
			return this;
		}

		/**
		 * @param description a new description
		 * @return this builder
		 */
		public Builder description(@Nullable String description) {
			this.description = description;
			return this;
		}

		/**
		 * @param tags new tags
		 * @return this builder
		 */
		public Builder tags(String... tags) {
			this.tags = List.of(tags);
			return this;
		}

		/**
		 * @param payloadSchema a new payload JSON Schema
		 * @return this builder
		 */
		public Builder payloadSchema(@Nullable Map<String, ? extends @Nullable Object> payloadSchema) {
			this.payloadSchema = WorkflowDefinitionBuilder.copy(payloadSchema);
			return this;
		}

		/**
		 * @param validatePayload whether Novu validates trigger payloads
		 * @return this builder
		 */
		public Builder validatePayload(@Nullable Boolean validatePayload) {
			this.validatePayload = validatePayload;
			return this;
		}

		/**
		 * @param isTranslationEnabled whether translations are enabled
		 * @return this builder
		 */
		public Builder isTranslationEnabled(@Nullable Boolean isTranslationEnabled) {
			this.isTranslationEnabled = isTranslationEnabled;
			return this;
		}

		/**
		 * @return the patch
		 * @throws IllegalArgumentException if nothing is set
		 */
		public PatchWorkflowRequest build() {
			return new PatchWorkflowRequest(this.active, this.name, this.description, this.tags, this.payloadSchema,
					this.validatePayload, this.isTranslationEnabled);
		}

	}

}
