package io.github.novu4j.framework;

import java.util.List;
import java.util.Map;

/** A failure the bridge answers as {@code {message, code, data}} with an HTTP status; never carries a stack trace out. */
final class BridgeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String code;

	private final transient Object data;

	BridgeException(int status, String code, String message) {
		this(status, code, message, Map.of());
	}

	BridgeException(int status, String code, String message, Map<String, Object> data) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.data = Map.copyOf(data);
	}

	/** An error whose {@code data} is a list, as the validation errors {@code @novu/framework} answers. */
	BridgeException(int status, String code, String message, List<?> data) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.data = List.copyOf(data);
	}

	int status() {
		return status;
	}

	String code() {
		return code;
	}

	/** A map or a list; empty when there is nothing to add. */
	Object data() {
		return data;
	}

	boolean hasData() {
		return data instanceof Map<?, ?> map ? !map.isEmpty() : !((List<?>) data).isEmpty();
	}
}
