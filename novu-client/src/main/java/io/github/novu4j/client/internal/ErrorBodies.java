package io.github.novu4j.client.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.ValidationError;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Turns an error response into a {@link NovuApiException}, reading every error shape Novu uses:
 * string or array {@code message}, the 2024 {@code cause} map, the 2026 {@code errors} map, and
 * {@code errorId}. A body that is not JSON is kept raw.
 */
final class ErrorBodies {

	private ErrorBodies() {
	}

	static NovuApiException toException(ApiCall call, RawResponse response, boolean idempotencyKeySent) {
		String raw = response.bodyAsString();
		List<String> messages = new ArrayList<>();
		List<ValidationError> validationErrors = new ArrayList<>();
		String error = null;
		String path = null;
		String errorId = null;
		JsonNode root = parse(response.body());
		if (root != null && root.isObject()) {
			JsonNode message = root.get("message");
			if (message != null && message.isArray()) {
				for (JsonNode entry : message) {
					messages.add(text(entry));
				}
				// A 2024 DTO validation failure: each entry is a sentence about a field.
				validationErrors.add(new ValidationError(null, messages, null));
			}
			else if (message != null && !message.isNull()) {
				messages.add(text(message));
			}
			error = textOrNull(root.get("error"));
			path = textOrNull(root.get("path"));
			errorId = textOrNull(root.get("errorId"));
			readFieldMap(root.get("cause"), validationErrors);
			readFieldMap(root.get("errors"), validationErrors);
			readErrorArray(root.get("errors"), validationErrors);
		}
		else if (!raw.isBlank()) {
			messages.add(raw.length() > 500 ? raw.substring(0, 500) + "..." : raw);
		}
		return NovuApiException.create(new NovuApiException.Details(call.operation(), call.method().name(),
				call.pathTemplate(), response.statusCode(), messages, error, path, errorId, validationErrors,
				response.headers(), raw, idempotencyKeySent));
	}

	private static void readFieldMap(@Nullable JsonNode map, List<ValidationError> into) {
		if (map == null || !map.isObject()) {
			return;
		}
		for (Map.Entry<String, JsonNode> field : map.properties()) {
			JsonNode detail = field.getValue();
			List<String> fieldMessages = new ArrayList<>();
			String value = null;
			if (detail.isObject()) {
				JsonNode messages = detail.get("messages");
				if (messages != null && messages.isArray()) {
					for (JsonNode entry : messages) {
						fieldMessages.add(text(entry));
					}
				}
				else if (messages != null && !messages.isNull()) {
					fieldMessages.add(text(messages));
				}
				JsonNode valueNode = detail.get("value");
				value = (valueNode != null && !valueNode.isMissingNode()) ? valueNode.toString() : null;
			}
			else if (detail.isArray()) {
				for (JsonNode entry : detail) {
					fieldMessages.add(text(entry));
				}
			}
			else {
				fieldMessages.add(text(detail));
			}
			into.add(new ValidationError(field.getKey(), fieldMessages, value));
		}
	}

	// The 400 Zod shape [{message, path}] and the all-failed topic-subscription 400
	// [{subscriberId, code, message}] (WIRE-FORMAT-CURRENT §E): field = subscriberId or the joined path,
	// value = the error code.
	private static void readErrorArray(@Nullable JsonNode array, List<ValidationError> into) {
		if (array == null || !array.isArray()) {
			return;
		}
		for (JsonNode entry : array) {
			if (!entry.isObject()) {
				into.add(new ValidationError(null, List.of(text(entry)), null));
				continue;
			}
			String field = textOrNull(entry.get("subscriberId"));
			JsonNode path = entry.get("path");
			if (field == null && path != null && path.isArray()) {
				List<String> parts = new ArrayList<>();
				path.forEach((part) -> parts.add(text(part)));
				field = parts.isEmpty() ? null : String.join(".", parts);
			}
			else if (field == null) {
				field = textOrNull(path);
			}
			String message = textOrNull(entry.get("message"));
			into.add(new ValidationError(field, (message != null) ? List.of(message) : List.of(),
					textOrNull(entry.get("code"))));
		}
	}

	private static @Nullable JsonNode parse(byte[] body) {
		if (body.length == 0) {
			return null;
		}
		try {
			return NovuJson.mapper().readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : node.toString();
	}

	private static @Nullable String textOrNull(@Nullable JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : text(node);
	}

}
