package io.github.novu4j.client.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.github.novu4j.client.CursorPagination;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * One Novu operation as it goes on the wire: name, method, URI template, path variables, query
 * parameters and body. Path variables and query values stay variables of the URI template, so they
 * are always encoded and metrics see only the template.
 *
 * <pre>{@code
 * ApiCall call = ApiCall.get("subscribers.retrieve", "/v1/subscribers/{subscriberId}")
 *     .path("subscriberId", subscriberId)
 *     .query("includeTopics", includeTopics)
 *     .build();
 * }</pre>
 */
public final class ApiCall {

	private final String operation;

	private final HttpMethod method;

	private final String pathTemplate;

	private final Map<String, String> pathVariables;

	private final List<Map.Entry<String, String>> queryParameters;

	private final @Nullable Object body;

	private final boolean authenticated;

	private ApiCall(Builder builder) {
		this.operation = builder.operation;
		this.method = builder.method;
		this.pathTemplate = builder.pathTemplate;
		this.pathVariables = Collections.unmodifiableMap(new LinkedHashMap<>(builder.pathVariables));
		this.queryParameters = List.copyOf(builder.queryParameters);
		this.body = builder.body;
		this.authenticated = builder.authenticated;
	}

	/**
	 * Starts a GET call.
	 * @param operation the operation, e.g. {@code subscribers.retrieve}
	 * @param pathTemplate the path with its variables, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @return a builder
	 */
	public static Builder get(String operation, String pathTemplate) {
		return new Builder(operation, HttpMethod.GET, pathTemplate);
	}

	/**
	 * Starts a POST call.
	 * @param operation the operation, e.g. {@code subscribers.retrieve}
	 * @param pathTemplate the path with its variables, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @return a builder
	 */
	public static Builder post(String operation, String pathTemplate) {
		return new Builder(operation, HttpMethod.POST, pathTemplate);
	}

	/**
	 * Starts a PUT call.
	 * @param operation the operation, e.g. {@code subscribers.retrieve}
	 * @param pathTemplate the path with its variables, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @return a builder
	 */
	public static Builder put(String operation, String pathTemplate) {
		return new Builder(operation, HttpMethod.PUT, pathTemplate);
	}

	/**
	 * Starts a PATCH call.
	 * @param operation the operation, e.g. {@code subscribers.retrieve}
	 * @param pathTemplate the path with its variables, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @return a builder
	 */
	public static Builder patch(String operation, String pathTemplate) {
		return new Builder(operation, HttpMethod.PATCH, pathTemplate);
	}

	/**
	 * Starts a DELETE call.
	 * @param operation the operation, e.g. {@code subscribers.retrieve}
	 * @param pathTemplate the path with its variables, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @return a builder
	 */
	public static Builder delete(String operation, String pathTemplate) {
		return new Builder(operation, HttpMethod.DELETE, pathTemplate);
	}

	/** @return the operation, e.g. {@code subscribers.retrieve} */
	public String operation() {
		return this.operation;
	}

	/** @return the HTTP method */
	public HttpMethod method() {
		return this.method;
	}

	/** @return the path template without query, e.g. {@code /v1/subscribers/{subscriberId}} */
	public String pathTemplate() {
		return this.pathTemplate;
	}

	/** @return the path variables by name, as given; the URI template encodes them */
	public Map<String, String> pathVariables() {
		return this.pathVariables;
	}

	/** @return the query parameters in the order added, a name repeated for each value of a list */
	public List<Map.Entry<String, String>> queryParameters() {
		return this.queryParameters;
	}

	/** @return the request body, or {@code null} for none */
	public @Nullable Object body() {
		return this.body;
	}

	/**
	 * @return the body's media type: {@code multipart/form-data} with its boundary for a
	 * {@link MultipartBody}, JSON otherwise
	 */
	public MediaType contentType() {
		return (this.body instanceof MultipartBody multipart) ? multipart.mediaType() : MediaType.APPLICATION_JSON;
	}

	/** @return whether the API key is sent (false only for Novu's OAuth redirects) */
	public boolean authenticated() {
		return this.authenticated;
	}

	/** @return whether repeating this request cannot change its effect (GET, PUT, DELETE) */
	public boolean idempotentMethod() {
		return this.method == HttpMethod.GET || this.method == HttpMethod.PUT || this.method == HttpMethod.DELETE;
	}

	/** @return whether Novu honours an {@code Idempotency-Key} on this method (POST and PATCH) */
	public boolean acceptsIdempotencyKey() {
		return this.method == HttpMethod.POST || this.method == HttpMethod.PATCH;
	}

	/**
	 * @return the URI template with query parameters as variables {@code q0, q1, ...}, e.g.
	 * {@code /v1/subscribers?page={q0}&limit={q1}}
	 */
	public String uriTemplate() {
		if (this.queryParameters.isEmpty()) {
			return this.pathTemplate;
		}
		StringBuilder template = new StringBuilder(this.pathTemplate);
		for (int i = 0; i < this.queryParameters.size(); i++) {
			template.append((i == 0) ? '?' : '&')
				.append(this.queryParameters.get(i).getKey())
				.append("={q")
				.append(i)
				.append('}');
		}
		return template.toString();
	}

	/** @return the values of every variable of {@link #uriTemplate()} */
	public Map<String, Object> uriVariables() {
		Map<String, Object> variables = new LinkedHashMap<>(this.pathVariables);
		for (int i = 0; i < this.queryParameters.size(); i++) {
			variables.put("q" + i, this.queryParameters.get(i).getValue());
		}
		return variables;
	}

	/** Builder of {@link ApiCall}. */
	public static final class Builder {

		private final String operation;

		private final HttpMethod method;

		private final String pathTemplate;

		private final Map<String, String> pathVariables = new LinkedHashMap<>();

		private final List<Map.Entry<String, String>> queryParameters = new ArrayList<>();

		private @Nullable Object body;

		private boolean authenticated = true;

		private Builder(String operation, HttpMethod method, String pathTemplate) {
			this.operation = Objects.requireNonNull(operation, "operation");
			this.method = method;
			this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
		}

		/**
		 * Sets a path variable after checking it with {@link PathSegments#requireId}.
		 * @param name the template variable, e.g. {@code subscriberId}
		 * @param value its value; encoded as one segment
		 * @return this builder
		 */
		public Builder path(String name, @Nullable String value) {
			if (!this.pathTemplate.contains("{" + name + "}")) {
				throw new IllegalStateException("No {" + name + "} in " + this.pathTemplate);
			}
			this.pathVariables.put(name, PathSegments.requireId(value, name));
			return this;
		}

		/**
		 * Adds a query parameter; {@code null} is skipped, an {@link Iterable} or array becomes repeated
		 * keys ({@code ?a=x&a=y}).
		 * @param name parameter name
		 * @param value its value
		 * @return this builder
		 */
		public Builder query(String name, @Nullable Object value) {
			if (value == null) {
				return this;
			}
			if (value instanceof Iterable<?> values) {
				for (Object element : values) {
					query(name, element);
				}
				return this;
			}
			if (value instanceof Object[] values) {
				for (Object element : values) {
					query(name, element);
				}
				return this;
			}
			this.queryParameters.add(Map.entry(name, String.valueOf(value)));
			return this;
		}

		/**
		 * Adds the five query parameters every cursor list shares ({@code after}, {@code before},
		 * {@code limit}, {@code orderBy}, {@code orderDirection}); unset ones are skipped.
		 * @param pagination where the page starts and how the list is sorted
		 * @return this builder
		 */
		public Builder cursor(CursorPagination pagination) {
			Objects.requireNonNull(pagination, "pagination");
			query("after", pagination.after());
			query("before", pagination.before());
			query("limit", pagination.limit());
			query("orderBy", pagination.orderBy());
			query("orderDirection", pagination.orderDirection());
			return this;
		}

		/**
		 * @param body the request body, serialized with the client's mapper, or a {@link MultipartBody}
		 * sent as it is
		 * @return this builder
		 */
		public Builder body(@Nullable Object body) {
			this.body = body;
			return this;
		}

		/**
		 * Marks the call as one Novu authenticates by its query parameters: no API key is sent.
		 * @return this builder
		 */
		public Builder unauthenticated() {
			this.authenticated = false;
			return this;
		}

		/**
		 * @return the call
		 * @throws IllegalStateException if a variable of the path template was not set
		 */
		public ApiCall build() {
			for (String variable : variablesOf(this.pathTemplate)) {
				if (!this.pathVariables.containsKey(variable)) {
					throw new IllegalStateException("Path variable {" + variable + "} of " + this.pathTemplate
							+ " was not set");
				}
			}
			return new ApiCall(this);
		}

		/**
		 * @param template a path template
		 * @return the names of its variables, in order
		 */
		static List<String> variablesOf(String template) {
			List<String> names = new ArrayList<>();
			int open = template.indexOf('{');
			while (open >= 0) {
				int close = template.indexOf('}', open);
				names.add(template.substring(open + 1, close));
				open = template.indexOf('{', close);
			}
			return names;
		}

	}

}
