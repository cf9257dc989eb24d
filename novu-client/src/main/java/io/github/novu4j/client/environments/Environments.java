package io.github.novu4j.client.environments;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Environments: the current one, the list, and API keys. Obtained from {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * Environment current = novu.environments().retrieve();
 * List<Environment> all = novu.environments().list();
 * List<ApiKey> keys = novu.environments().apiKeys().list();
 * }</pre>
 */
public class Environments {

	private static final TypeReference<List<Environment>> ENVIRONMENTS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	private final ApiKeys apiKeys;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Environments(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.apiKeys = new ApiKeys(transport);
	}

	/** @return the API keys of the current environment */
	public ApiKeys apiKeys() {
		return this.apiKeys;
	}

	/**
	 * Retrieves the environment the client's API key belongs to ({@code GET /v1/environments/me}); the
	 * cheapest authenticated call, so also a check that the key works.
	 * @return the current environment
	 */
	public Environment retrieve() {
		return retrieve(RequestOptions.none());
	}

	/**
	 * Retrieves the environment the client's API key belongs to ({@code GET /v1/environments/me}).
	 * @param options per-call options
	 * @return the current environment
	 */
	public Environment retrieve(RequestOptions options) {
		return this.transport.call(ApiCall.get("environments.retrieve", "/v1/environments/me").build(),
				Environment.class, options);
	}

	/**
	 * Lists the environments of the organization ({@code GET /v1/environments}).
	 * @return the environments, with their API keys
	 */
	public List<Environment> list() {
		return list(RequestOptions.none());
	}

	/**
	 * Lists the environments of the organization ({@code GET /v1/environments}).
	 * @param options per-call options
	 * @return the environments, with their API keys
	 */
	public List<Environment> list(RequestOptions options) {
		return this.transport.call(ApiCall.get("environments.list", "/v1/environments").build(), ENVIRONMENTS,
				options);
	}

	/**
	 * Creates an environment ({@code POST /v1/environments}). Plans that do not allow more environments
	 * make Novu answer 402: a {@link io.github.novu4j.client.NovuApiException} whose
	 * {@code getStatusCode()} is 402 and whose {@code getNovuMessage()} is Novu's reason.
	 * @param request the name, color and optional parent
	 * @return the new environment, with its API keys
	 * @throws io.github.novu4j.client.NovuApiException with status 402 if the plan does not allow it
	 */
	public Environment create(CreateEnvironmentRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates an environment ({@code POST /v1/environments}).
	 * @param request the name, color and optional parent
	 * @param options per-call options
	 * @return the new environment, with its API keys
	 * @throws io.github.novu4j.client.NovuApiException with status 402 if the plan does not allow it
	 */
	public Environment create(CreateEnvironmentRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("environments.create", "/v1/environments").body(request).build(),
				Environment.class, options);
	}

	/**
	 * Changes an environment ({@code PUT /v1/environments/{environmentId}}); only the fields set change.
	 * @param environmentId the environment's {@code _id}
	 * @param request the changes
	 * @return the changed environment
	 */
	public Environment update(String environmentId, UpdateEnvironmentRequest request) {
		return update(environmentId, request, RequestOptions.none());
	}

	/**
	 * Changes an environment ({@code PUT /v1/environments/{environmentId}}); only the fields set change.
	 * @param environmentId the environment's {@code _id}
	 * @param request the changes
	 * @param options per-call options
	 * @return the changed environment
	 */
	public Environment update(String environmentId, UpdateEnvironmentRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("environments.update", "/v1/environments/{environmentId}")
			.path("environmentId", environmentId)
			.body(request)
			.build(), Environment.class, options);
	}

	/**
	 * Deletes an environment ({@code DELETE /v1/environments/{environmentId}}; Novu answers 200 with
	 * {@code {}}, not the 204 its OpenAPI document says). Development and Production are protected: Novu
	 * answers 400.
	 * @param environmentId the environment's {@code _id}
	 */
	public void delete(String environmentId) {
		delete(environmentId, RequestOptions.none());
	}

	/**
	 * Deletes an environment ({@code DELETE /v1/environments/{environmentId}}).
	 * @param environmentId the environment's {@code _id}
	 * @param options per-call options
	 */
	public void delete(String environmentId, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("environments.delete", "/v1/environments/{environmentId}")
			.path("environmentId", environmentId)
			.build(), options);
	}

}
