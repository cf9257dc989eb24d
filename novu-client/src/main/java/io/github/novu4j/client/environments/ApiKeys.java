package io.github.novu4j.client.environments;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * The API keys of the current environment: {@code novu.environments().apiKeys()}. Thread-safe.
 */
public class ApiKeys {

	private static final TypeReference<List<ApiKey>> API_KEYS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ApiKeys(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists the API keys of the environment the client's key belongs to
	 * ({@code GET /v1/environments/api-keys}).
	 * @return the keys; secrets, never printed by {@link ApiKey#toString()}
	 */
	public List<ApiKey> list() {
		return list(RequestOptions.none());
	}

	/**
	 * Lists the API keys of the environment the client's key belongs to
	 * ({@code GET /v1/environments/api-keys}).
	 * @param options per-call options
	 * @return the keys
	 */
	public List<ApiKey> list(RequestOptions options) {
		return this.transport.call(ApiCall.get("environments.apiKeys.list", "/v1/environments/api-keys").build(),
				API_KEYS, options);
	}

}
