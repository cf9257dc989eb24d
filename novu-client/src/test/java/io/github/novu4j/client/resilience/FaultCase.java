package io.github.novu4j.client.resilience;

import java.util.List;
import java.util.function.Function;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuAuthenticationException;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuIdempotencyKeyReuseException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.NovuValidationException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.github.novu4j.client.testing.MockNovu.json;

/**
 * One fault the suite injects, and what the client must make of it.
 *
 * @param name shown in the test report
 * @param answer the faulty answer (a function of the operation, for answers that mimic its success)
 * @param failures how many attempts get the fault before Novu answers normally; {@link #ALWAYS} for
 * every attempt
 * @param type the exception the fault surfaces as when it is not retried
 * @param retry when the client retries it
 * @param minWaitMillis the least wait before a retry Novu asks for ({@code Retry-After}), 0 if none
 * @param attemptMillis the least time a faulty attempt takes (a read timeout), 0 if none
 * @param keyedOnly whether Novu only answers this way to a request with an {@code Idempotency-Key}
 * @param jdkResendsGet whether the JDK {@code HttpClient} itself sends a GET again once after this fault
 * (the connection closed before any byte of an answer); it never does so for POST, and the other
 * transports, set up as {@link Transport} does, never do
 */
record FaultCase(String name, Function<NovuOperation, ResponseDefinitionBuilder> answer, int failures,
		Class<? extends NovuException> type, Retry retry, long minWaitMillis, long attemptMillis, boolean keyedOnly,
		boolean jdkResendsGet) {

	static final int ALWAYS = Integer.MAX_VALUE;

	/** The read timeout of the client in the suite's timeout case. */
	static final long READ_TIMEOUT_MILLIS = 200;

	/** When a fault is retried. */
	enum Retry {

		/** Always: Novu did no work (429), or the request never left. */
		ALWAYS,

		/** Only if repeating is safe: GET/PUT/DELETE, or POST/PATCH with an Idempotency-Key. */
		WHEN_SAFE,

		/** Never: a final answer. */
		NEVER

	}

	static final List<FaultCase> ALL = List.of(
			new FaultCase("connection reset by peer", fault(Fault.CONNECTION_RESET_BY_PEER), 1,
					NovuTransportException.class, Retry.WHEN_SAFE, 0, 0, false, true),
			// What the JDK HttpClient reports as "HTTP/1.1 header parser received no bytes".
			new FaultCase("empty response", fault(Fault.EMPTY_RESPONSE), 1, NovuTransportException.class,
					Retry.WHEN_SAFE, 0, 0, false, true),
			retriedWhenSafe("garbage then close", fault(Fault.RANDOM_DATA_THEN_CLOSE), NovuTransportException.class),
			retriedWhenSafe("body broken mid-way", fault(Fault.MALFORMED_RESPONSE_CHUNK), NovuTransportException.class),
			new FaultCase("delay beyond the read timeout",
					(op) -> json(op.successStatus(), op.successBody()).withFixedDelay((int) READ_TIMEOUT_MILLIS * 3), 1,
					NovuTimeoutException.class, Retry.WHEN_SAFE, 0, READ_TIMEOUT_MILLIS, false, false),
			new FaultCase("429 with Retry-After: 1", (op) -> json(429,
					"{\"statusCode\":429,\"message\":\"API rate limit exceeded\"}")
				.withHeader("Retry-After", "1")
				.withHeader("RateLimit-Limit", "60")
				.withHeader("RateLimit-Remaining", "0")
				.withHeader("RateLimit-Reset", "1")
				.withHeader("RateLimit-Policy", "60;w=1"), 1, NovuRateLimitException.class, Retry.ALWAYS, 1000, 0,
					false, false),
			new FaultCase("409 idempotent request still in progress, then 201", (op) -> json(409,
					"{\"statusCode\":409,\"message\":\"Request with key \\\"k\\\" is currently being processed. "
							+ "Please retry after 1 second\",\"error\":\"Conflict\"}")
				.withHeader("Retry-After", "1")
				.withHeader("Link", "https://docs.novu.co/additional-resources/idempotency"), 1,
					NovuConflictException.class, Retry.WHEN_SAFE, 1000, 0, true, false),
			retriedWhenSafe("408", status(408, "{\"statusCode\":408,\"message\":\"Request Timeout\"}"), NovuApiException.class),
			retriedWhenSafe("500", status(500, "{\"statusCode\":500,\"message\":\"Internal server error\",\"errorId\":\"e-1\"}"),
					NovuServerException.class),
			retriedWhenSafe("502 from a gateway", (op) -> aResponse().withStatus(502)
				.withHeader("Content-Type", "text/html")
				.withBody("<html><body>502 Bad Gateway</body></html>"), NovuServerException.class),
			retriedWhenSafe("503", status(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"),
					NovuServerException.class),
			retriedWhenSafe("504 from a gateway", (op) -> aResponse().withStatus(504).withBody("upstream timed out"),
					NovuServerException.class),
			new FaultCase("503 on every attempt", status(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"),
					ALWAYS, NovuServerException.class, Retry.WHEN_SAFE, 0, 0, false, false),
			never("400 (2024 validation shape)", status(400,
					"{\"statusCode\":400,\"message\":[\"payload must be an object\"],\"error\":\"Bad Request\"}"),
					NovuValidationException.class, false),
			never("401", status(401, "{\"statusCode\":401,\"message\":\"API Key not found\",\"error\":\"Unauthorized\"}"),
					NovuAuthenticationException.class, false),
			never("404", status(404, "{\"statusCode\":404,\"message\":\"Subscriber 'user-42' was not found\","
					+ "\"error\":\"Not Found\",\"path\":\"/v1/subscribers/user-42\"}"), NovuNotFoundException.class, false),
			never("422 (2026 validation shape)", status(422, "{\"statusCode\":422,\"message\":\"Validation Error\","
					+ "\"errors\":{\"to\":{\"messages\":[\"to must be defined\"],\"value\":null}}}"),
					NovuValidationException.class, false),
			never("422 idempotency key reused for another body", status(422, "{\"message\":\"Request with key \\\"k\\\" "
					+ "is being reused for a different body\",\"error\":\"Unprocessable Entity\",\"statusCode\":422}"),
					NovuIdempotencyKeyReuseException.class, true),
			never("409 conflict without Retry-After", status(409,
					"{\"statusCode\":409,\"message\":\"Topic exists: ops-team\",\"error\":\"Conflict\"}"),
					NovuConflictException.class, false),
			never("500 replayed from Novu's idempotency cache", (op) -> json(500,
					"{\"statusCode\":500,\"message\":\"Internal server error\",\"errorId\":\"e-2\"}")
				.withHeader("Idempotency-Replay", "true"), NovuServerException.class, true),
			never("malformed 2xx body", (op) -> json(op.successStatus(), "{\"data\":{\"acknowledged\":tr"),
					NovuTransportException.class, false),
			never("empty 2xx body", (op) -> aResponse().withStatus(op.successStatus()), NovuTransportException.class,
					false));

	boolean always() {
		return this.failures == ALWAYS;
	}

	/**
	 * @param op the operation
	 * @param transport the HTTP client
	 * @return how many requests one faulty attempt of the client puts on the wire
	 */
	int requestsPerFailedAttempt(NovuOperation op, Transport transport) {
		return (this.jdkResendsGet && transport.resendsGetAfterAnEarlyClose() && op.method().equals("GET")) ? 2 : 1;
	}

	/**
	 * @param op the operation
	 * @param transport the HTTP client
	 * @param attempts the client's attempts
	 * @param succeeded whether the last one succeeded
	 * @return how many requests reach the server
	 */
	int requests(NovuOperation op, Transport transport, int attempts, boolean succeeded) {
		int failed = succeeded ? attempts - 1 : attempts;
		return failed * requestsPerFailedAttempt(op, transport) + (succeeded ? 1 : 0);
	}

	private static FaultCase retriedWhenSafe(String name, Function<NovuOperation, ResponseDefinitionBuilder> answer,
			Class<? extends NovuException> type) {
		return new FaultCase(name, answer, 1, type, Retry.WHEN_SAFE, 0, 0, false, false);
	}

	private static FaultCase never(String name, Function<NovuOperation, ResponseDefinitionBuilder> answer,
			Class<? extends NovuException> type, boolean keyedOnly) {
		return new FaultCase(name, answer, ALWAYS, type, Retry.NEVER, 0, 0, keyedOnly, false);
	}

	private static Function<NovuOperation, ResponseDefinitionBuilder> fault(Fault fault) {
		return (op) -> aResponse().withFault(fault);
	}

	private static Function<NovuOperation, ResponseDefinitionBuilder> status(int status, String body) {
		return (op) -> json(status, body);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
