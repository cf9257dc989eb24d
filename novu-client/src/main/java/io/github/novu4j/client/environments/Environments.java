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

}
