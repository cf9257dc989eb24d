package io.github.novu4j.client.v2.environments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * What to publish into an environment ({@code PublishEnvironmentRequestDto}); every field is optional.
 * Build with {@link #builder()}; {@link #none()} publishes everything from the target's parent.
 *
 * @param sourceEnvironmentId the environment to publish from, or {@code null} for the target's parent
 * @param dryRun whether to only report what would change, or {@code null} for no
 * @param resources the resources to publish, or {@code null} for all of them
 */
public record PublishEnvironmentRequest(@JsonProperty("sourceEnvironmentId") @Nullable String sourceEnvironmentId,
		@JsonProperty("dryRun") @Nullable Boolean dryRun,
		@JsonProperty("resources") @Nullable List<Resource> resources) {

	private static final PublishEnvironmentRequest NONE = new PublishEnvironmentRequest(null, null, null);

	/**
	 * Checks the source and copies the resources.
	 * @param sourceEnvironmentId the environment to publish from
	 * @param dryRun whether to only report what would change
	 * @param resources the resources to publish
	 * @throws IllegalArgumentException if the source is blank or the resource list is empty
	 */
	public PublishEnvironmentRequest {
		if (sourceEnvironmentId != null) {
			PathSegments.requireId(sourceEnvironmentId, "sourceEnvironmentId");
		}
		if (resources != null) {
			resources = List.copyOf(resources);
			if (resources.isEmpty()) {
				throw new IllegalArgumentException(
						"environments.publish resources must not be empty (leave it null to publish everything)");
			}
		}
	}

	/** @return a request publishing every resource from the target's parent ({@code {}}) */
	public static PublishEnvironmentRequest none() {
		return NONE;
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * One resource to publish ({@code ResourceToPublishDto}).
	 *
	 * @param resourceType its kind, e.g. {@link SyncResourceType#WORKFLOW}
	 * @param resourceId its identifier, e.g. a workflowId
	 */
	public record Resource(@JsonProperty("resourceType") SyncResourceType resourceType,
			@JsonProperty("resourceId") String resourceId) {

		/**
		 * @param resourceType its kind
		 * @param resourceId its identifier
		 * @throws IllegalArgumentException if the identifier is blank
		 */
		public Resource {
			Objects.requireNonNull(resourceType, "resourceType");
			PathSegments.requireId(resourceId, "resourceId");
		}

	}

	/** Builder of {@link PublishEnvironmentRequest}. */
	public static final class Builder {

		private @Nullable String sourceEnvironmentId;

		private @Nullable Boolean dryRun;

		private @Nullable List<Resource> resources;

		private Builder() {
		}

		/**
		 * @param sourceEnvironmentId the environment to publish from
		 * @return this builder
		 */
		public Builder sourceEnvironmentId(@Nullable String sourceEnvironmentId) {
			this.sourceEnvironmentId = sourceEnvironmentId;
			return this;
		}

		/**
		 * @param dryRun whether to only report what would change
		 * @return this builder
		 */
		public Builder dryRun(@Nullable Boolean dryRun) {
			this.dryRun = dryRun;
			return this;
		}

		/**
		 * Adds a resource to publish; without any, everything is published.
		 * @param resourceType its kind
		 * @param resourceId its identifier
		 * @return this builder
		 */
		public Builder resource(SyncResourceType resourceType, String resourceId) {
			if (this.resources == null) {
				this.resources = new ArrayList<>();
			}
			this.resources.add(new Resource(resourceType, resourceId));
			return this;
		}

		/** @return the request */
		public PublishEnvironmentRequest build() {
			return new PublishEnvironmentRequest(this.sourceEnvironmentId, this.dryRun, this.resources);
		}

	}

}
