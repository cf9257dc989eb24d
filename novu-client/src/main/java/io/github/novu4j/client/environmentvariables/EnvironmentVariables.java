package io.github.novu4j.client.environmentvariables;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.WorkflowUsage;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Environment variables ({@code /v1/environment-variables}): organization-wide keys with one value per
 * environment, read by workflows as {@code {{env.KEY}}}. Obtained from {@code novu.environmentVariables()};
 * thread-safe.
 *
 * <pre>{@code
 * novu.environmentVariables().create(CreateEnvironmentVariableRequest.builder("API_BASE_URL")
 *         .value(devEnvironmentId, "https://dev.example.com")
 *         .value(prodEnvironmentId, "https://example.com")
 *         .build());
 * List<EnvironmentVariable> all = novu.environmentVariables().list();
 * }</pre>
 */
public class EnvironmentVariables {

	/** Longest key Novu accepts. */
	public static final int MAX_KEY_LENGTH = 256;

	private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

	private static final TypeReference<List<EnvironmentVariable>> VARIABLES = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public EnvironmentVariables(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * Lists every variable of the organization ({@code GET /v1/environment-variables}; not paginated).
	 * @return the variables
	 */
	public List<EnvironmentVariable> list() {
		return list(null, RequestOptions.none());
	}

	/**
	 * Lists the variables whose key contains a text ({@code GET /v1/environment-variables?search=}).
	 * @param search the text, at most 256 characters, or {@code null} for every variable
	 * @return the variables
	 */
	public List<EnvironmentVariable> list(@Nullable String search) {
		return list(search, RequestOptions.none());
	}

	/**
	 * Lists the variables whose key contains a text ({@code GET /v1/environment-variables?search=}).
	 * @param search the text, at most 256 characters, or {@code null} for every variable
	 * @param options per-call options
	 * @return the variables
	 * @throws IllegalArgumentException if the text is longer than 256 characters
	 */
	public List<EnvironmentVariable> list(@Nullable String search, RequestOptions options) {
		if (search != null && search.length() > MAX_KEY_LENGTH) {
			throw new IllegalArgumentException("environmentVariables.list search must be at most " + MAX_KEY_LENGTH
					+ " characters, was " + search.length());
		}
		return this.transport.call(ApiCall.get("environmentVariables.list", "/v1/environment-variables")
			.query("search", search)
			.build(), VARIABLES, options);
	}

	/**
	 * Creates a variable ({@code POST /v1/environment-variables}; Novu answers 201 although its OpenAPI
	 * document says 200).
	 * @param request the key, the type, whether it is secret, and the values
	 * @return the new variable
	 * @throws io.github.novu4j.client.NovuConflictException if a variable with this key exists
	 */
	public EnvironmentVariable create(CreateEnvironmentVariableRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates a variable ({@code POST /v1/environment-variables}).
	 * @param request the key, the type, whether it is secret, and the values
	 * @param options per-call options
	 * @return the new variable
	 * @throws io.github.novu4j.client.NovuConflictException if a variable with this key exists
	 */
	public EnvironmentVariable create(CreateEnvironmentVariableRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("environmentVariables.create", "/v1/environment-variables").body(request).build(),
				EnvironmentVariable.class, options);
	}

	/**
	 * Retrieves a variable ({@code GET /v1/environment-variables/{variableKey}}).
	 * @param variableKey the key
	 * @return the variable
	 * @throws io.github.novu4j.client.NovuNotFoundException if there is no such variable
	 */
	public EnvironmentVariable retrieve(String variableKey) {
		return retrieve(variableKey, RequestOptions.none());
	}

	/**
	 * Retrieves a variable ({@code GET /v1/environment-variables/{variableKey}}).
	 * @param variableKey the key
	 * @param options per-call options
	 * @return the variable
	 */
	public EnvironmentVariable retrieve(String variableKey, RequestOptions options) {
		return this.transport.call(ApiCall.get("environmentVariables.retrieve", "/v1/environment-variables/{variableKey}")
			.path("variableKey", requireKey(variableKey))
			.build(), EnvironmentVariable.class, options);
	}

	/**
	 * Changes a variable ({@code PATCH /v1/environment-variables/{variableKey}}).
	 * @param variableKey the key
	 * @param request the changes
	 * @return the changed variable
	 */
	public EnvironmentVariable update(String variableKey, UpdateEnvironmentVariableRequest request) {
		return update(variableKey, request, RequestOptions.none());
	}

	/**
	 * Changes a variable ({@code PATCH /v1/environment-variables/{variableKey}}).
	 * @param variableKey the key
	 * @param request the changes
	 * @param options per-call options
	 * @return the changed variable
	 */
	public EnvironmentVariable update(String variableKey, UpdateEnvironmentVariableRequest request,
			RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.patch("environmentVariables.update", "/v1/environment-variables/{variableKey}")
			.path("variableKey", requireKey(variableKey))
			.body(request)
			.build(), EnvironmentVariable.class, options);
	}

	/**
	 * Deletes a variable in every environment ({@code DELETE /v1/environment-variables/{variableKey}}; 204).
	 * @param variableKey the key
	 */
	public void delete(String variableKey) {
		delete(variableKey, RequestOptions.none());
	}

	/**
	 * Deletes a variable in every environment ({@code DELETE /v1/environment-variables/{variableKey}}; 204).
	 * @param variableKey the key
	 * @param options per-call options
	 */
	public void delete(String variableKey, RequestOptions options) {
		this.transport.callNoContent(ApiCall.delete("environmentVariables.delete", "/v1/environment-variables/{variableKey}")
			.path("variableKey", requireKey(variableKey))
			.build(), options);
	}

	/**
	 * Lists the workflows that use a variable ({@code GET /v1/environment-variables/{variableKey}/usage}).
	 * @param variableKey the key
	 * @return the workflows
	 */
	public WorkflowUsage usage(String variableKey) {
		return usage(variableKey, RequestOptions.none());
	}

	/**
	 * Lists the workflows that use a variable ({@code GET /v1/environment-variables/{variableKey}/usage}).
	 * @param variableKey the key
	 * @param options per-call options
	 * @return the workflows
	 */
	public WorkflowUsage usage(String variableKey, RequestOptions options) {
		return this.transport.call(ApiCall.get("environmentVariables.usage", "/v1/environment-variables/{variableKey}/usage")
			.path("variableKey", requireKey(variableKey))
			.build(), WorkflowUsage.class, options);
	}

	/**
	 * Checks a variable key as Novu does: a letter, then letters, digits or {@code _}; at most 256 characters.
	 * @param key the key
	 * @return the key
	 * @throws IllegalArgumentException if it is not a valid key
	 */
	static String requireKey(@Nullable String key) {
		if (key == null) {
			throw new IllegalArgumentException("An environment variable key must not be null");
		}
		if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
			throw new IllegalArgumentException("An environment variable key must be a letter followed by letters, "
					+ "digits or '_', at most " + MAX_KEY_LENGTH + " characters, was '" + key + "'");
		}
		return key;
	}

}
