package io.github.novu4j.framework;

import java.util.Map;

/** A failure the bridge answers as {@code {message, code, data}} with an HTTP status; never carries a stack trace out. */
final class BridgeException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int status;

	private final String code;

	private final transient Map<String, Object> data;

	BridgeException(int status, String code, String message) {
		this(status, code, message, Map.of());
	}

	BridgeException(int status, String code, String message, Map<String, Object> data) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
		this.data = Map.copyOf(data);
	}

	int status() {
		return status;
	}

	String code() {
		return code;
	}

	Map<String, Object> data() {
		return data;
	}
}
