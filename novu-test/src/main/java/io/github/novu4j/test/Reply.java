package io.github.novu4j.test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An answer of the local Novu: a status, a JSON body (or none) and extra headers. */
record Reply(int status, @Nullable Object body, Map<String, String> headers) {

	Reply {
		headers = Map.copyOf(headers);
	}

	static Reply of(int status, @Nullable Object body) {
		return new Reply(status, body, Map.of());
	}

	/** Novu's envelope: {@code {"data": result}}. */
	static Reply wrapped(int status, @Nullable Object result) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("data", result);
		return new Reply(status, body, Map.of());
	}

	static Reply noContent() {
		return new Reply(204, null, Map.of());
	}

	/**
	 * Novu's error body (WIRE-FORMAT §2).
	 * @param message a string, or a list of strings for a DTO validation failure
	 */
	static Reply error(int status, @Nullable String error, Object message, String path) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("statusCode", status);
		body.put("message", message);
		if (error != null) {
			body.put("error", error);
		}
		body.put("timestamp", Instant.now().toString());
		body.put("path", path);
		return new Reply(status, body, Map.of());
	}

	static Reply badRequest(String path, String... problems) {
		return error(400, "Bad Request", List.of(problems), path);
	}

	static Reply notFound(String message, String path) {
		return error(404, "Not Found", message, path);
	}

	/** The 2026 server's DTO validation failure (WIRE-FORMAT-CURRENT §E): 422 with a general errors map. */
	static Reply validationError(String path, String... problems) {
		Reply reply = error(422, "Unprocessable Entity", "Validation Error", path);
		Map<String, Object> general = new LinkedHashMap<>();
		general.put("messages", List.of(problems));
		general.put("value", "No Value Recorded");
		return reply.with("errors", Map.of("general", general));
	}

	@SuppressWarnings("unchecked")
	Reply with(String name, Object value) {
		Map<String, @Nullable Object> body = new LinkedHashMap<>((Map<String, @Nullable Object>) this.body);
		body.put(name, value);
		return new Reply(this.status, body, this.headers);
	}

	Reply withHeader(String name, String value) {
		Map<String, String> headers = new LinkedHashMap<>(this.headers);
		headers.put(name, value);
		return new Reply(this.status, this.body, headers);
	}

}
