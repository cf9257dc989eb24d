package io.github.novu4j.client.v2.environments;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Environment tags, diff and publish ({@code /v2/environments}). Obtained from
 * {@code novu.v2().environments()}; thread-safe. Creating, updating and deleting environments are
 * {@code /v1} operations: {@code novu.environments()}.
 *
 * <pre>{@code
 * EnvironmentDiff diff = novu.v2().environments().diff(productionId, DiffEnvironmentRequest.from(developmentId));
 * if (Boolean.TRUE.equals(diff.summary().hasChanges())) {
 *     novu.v2().environments().publish(productionId, PublishEnvironmentRequest.builder()
 *             .sourceEnvironmentId(developmentId).build());
 * }
 * }</pre>
 */
public class Environments {

	private static final TypeReference<List<EnvironmentTag>> TAGS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Environments(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists the tags the workflows of an environment use ({@code GET /v2/environments/{environmentId}/tags}).
	 * @param environmentId the environment's {@code _id}
	 * @return the tags
	 */
	public List<EnvironmentTag> getTags(String environmentId) {
		return getTags(environmentId, RequestOptions.none());
	}

	/**
	 * Lists the tags the workflows of an environment use ({@code GET /v2/environments/{environmentId}/tags}).
	 * @param environmentId the environment's {@code _id}
	 * @param options per-call options
	 * @return the tags
	 */
	public List<EnvironmentTag> getTags(String environmentId, RequestOptions options) {
		return this.transport.call(ApiCall.get("environments.getTags", "/v2/environments/{environmentId}/tags")
			.path("environmentId", environmentId)
			.build(), TAGS, options);
	}

	/**
	 * Compares an environment with its source ({@code POST /v2/environments/{targetEnvironmentId}/diff};
	 * Novu answers 200).
	 * @param targetEnvironmentId the environment that would receive a publish
	 * @param request the source; {@link DiffEnvironmentRequest#none()} for the target's parent
	 * @return the differences
	 */
	public EnvironmentDiff diff(String targetEnvironmentId, DiffEnvironmentRequest request) {
		return diff(targetEnvironmentId, request, RequestOptions.none());
	}

	/**
	 * Compares an environment with its source ({@code POST /v2/environments/{targetEnvironmentId}/diff}).
	 * @param targetEnvironmentId the environment that would receive a publish
	 * @param request the source
	 * @param options per-call options
	 * @return the differences
	 */
	public EnvironmentDiff diff(String targetEnvironmentId, DiffEnvironmentRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("environments.diff", "/v2/environments/{targetEnvironmentId}/diff")
			.path("targetEnvironmentId", targetEnvironmentId)
			.body(request)
			.build(), EnvironmentDiff.class, options);
	}

	/**
	 * Publishes workflows and layouts into an environment
	 * ({@code POST /v2/environments/{targetEnvironmentId}/publish}; Novu answers 200).
	 * @param targetEnvironmentId the environment to publish into
	 * @param request the source, a dry-run flag and which resources; {@link PublishEnvironmentRequest#none()}
	 * publishes everything from the target's parent
	 * @return what was published, skipped and failed
	 */
	public PublishResult publish(String targetEnvironmentId, PublishEnvironmentRequest request) {
		return publish(targetEnvironmentId, request, RequestOptions.none());
	}

	/**
	 * Publishes workflows and layouts into an environment
	 * ({@code POST /v2/environments/{targetEnvironmentId}/publish}).
	 * @param targetEnvironmentId the environment to publish into
	 * @param request the source, a dry-run flag and which resources
	 * @param options per-call options
	 * @return what was published, skipped and failed
	 */
	public PublishResult publish(String targetEnvironmentId, PublishEnvironmentRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("environments.publish", "/v2/environments/{targetEnvironmentId}/publish")
			.path("targetEnvironmentId", targetEnvironmentId)
			.body(request)
			.build(), PublishResult.class, options);
	}

}
