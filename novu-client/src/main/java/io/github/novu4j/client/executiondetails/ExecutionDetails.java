package io.github.novu4j.client.executiondetails;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * Execution details of a notification ({@code novu.executionDetails()}). Obtained from
 * {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * List<ExecutionDetail> log = novu.executionDetails().retrieve(notificationId, "user-42");
 * }</pre>
 */
public class ExecutionDetails {

	private static final TypeReference<List<ExecutionDetail>> DETAILS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public ExecutionDetails(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * The execution log of a notification for one subscriber ({@code GET /v1/execution-details}).
	 * @param notificationId the notification's id
	 * @param subscriberId the subscriber's id
	 * @return the entries
	 */
	public List<ExecutionDetail> retrieve(String notificationId, String subscriberId) {
		return retrieve(notificationId, subscriberId, RequestOptions.none());
	}

	/**
	 * The execution log of a notification for one subscriber ({@code GET /v1/execution-details}).
	 * @param notificationId the notification's id
	 * @param subscriberId the subscriber's id
	 * @param options per-call options
	 * @return the entries
	 */
	public List<ExecutionDetail> retrieve(String notificationId, String subscriberId, RequestOptions options) {
		return this.transport.call(ApiCall.get("executionDetails.retrieve", "/v1/execution-details")
			.query("notificationId", requireText(notificationId, "notificationId"))
			.query("subscriberId", requireText(subscriberId, "subscriberId"))
			.build(), DETAILS, options);
	}

	private static String requireText(@Nullable String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be " + ((value == null) ? "null" : "blank"));
		}
		return value;
	}

}
