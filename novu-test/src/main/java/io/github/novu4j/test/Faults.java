package io.github.novu4j.test;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The faults a {@link LocalNovu} plays: for the next calls whatever they are, or for every call to one
 * operation. A call-count fault is used before an operation fault. {@link LocalNovu#reset()} clears them.
 *
 * <pre>{@code
 * novu.faults().next(2, Fault.rateLimited(Duration.ofSeconds(1)));
 * novu.faults().on("POST", "/v1/events/trigger", Fault.serverError(503));
 * }</pre>
 *
 * Thread-safe.
 */
public final class Faults {

	private final Deque<Fault> next = new ArrayDeque<>();

	private final List<OperationFault> operations = new CopyOnWriteArrayList<>();

	Faults() {
	}

	/**
	 * Answers the next calls (any route) with a fault.
	 * @param calls how many calls, at least 1
	 * @param fault the fault
	 * @return these faults, to add more
	 */
	public Faults next(int calls, Fault fault) {
		Objects.requireNonNull(fault, "fault");
		if (calls < 1) {
			throw new IllegalArgumentException("calls must be at least 1, not " + calls);
		}
		synchronized (this.next) {
			for (int i = 0; i < calls; i++) {
				this.next.addLast(fault);
			}
		}
		return this;
	}

	/**
	 * Answers every call to one operation with a fault, until {@link #clear()}.
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param pathTemplate the path as in Novu's API reference, e.g. {@code /v1/events/trigger} or
	 * {@code /v1/subscribers/{subscriberId}} (a {@code {variable}} matches one path segment)
	 * @param fault the fault
	 * @return these faults, to add more
	 */
	public Faults on(String method, String pathTemplate, Fault fault) {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(pathTemplate, "pathTemplate");
		Objects.requireNonNull(fault, "fault");
		if (!pathTemplate.startsWith("/")) {
			throw new IllegalArgumentException("pathTemplate must start with '/': " + pathTemplate);
		}
		String regex = Pattern.quote(pathTemplate).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
		this.operations.add(new OperationFault(method.toUpperCase(Locale.ROOT), Pattern.compile(regex), fault));
		return this;
	}

	/** Removes every fault. */
	public void clear() {
		synchronized (this.next) {
			this.next.clear();
		}
		this.operations.clear();
	}

	@Nullable Fault take(String method, String path) {
		synchronized (this.next) {
			Fault fault = this.next.pollFirst();
			if (fault != null) {
				return fault;
			}
		}
		String trimmed = (path.length() > 1 && path.endsWith("/")) ? path.substring(0, path.length() - 1) : path;
		for (OperationFault operation : this.operations) {
			if (operation.method().equals(method) && operation.path().matcher(trimmed).matches()) {
				return operation.fault();
			}
		}
		return null;
	}

	private record OperationFault(String method, Pattern path, Fault fault) {
	}

}
