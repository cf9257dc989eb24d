package io.github.novu4j.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

import io.github.novu4j.client.CursorPage;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuConnectionException;
import io.github.novu4j.client.NovuException;
import io.github.novu4j.client.NovuInterruptedException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.ResponseListener;
import io.github.novu4j.client.ResponseMetadata;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.observation.DefaultNovuClientObservationConvention;
import io.github.novu4j.client.observation.NovuClientListener;
import io.github.novu4j.client.observation.NovuClientObservationContext;
import io.github.novu4j.client.observation.NovuClientObservationConvention;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@link ApiCall}s to Novu: authentication, idempotency keys, retries, envelope unwrapping, error
 * mapping and one observation per logical call. Immutable and thread-safe; every resource of a client
 * shares one instance.
 */
public final class NovuTransport {

	/** Header Novu reads the idempotency key from. */
	public static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";

	private static final Logger logger = LoggerFactory.getLogger(NovuTransport.class);

	/** The Accept header, as {@code HttpHeaders.setAccept} writes it. */
	private static final String ACCEPT = MediaType.toString(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));

	private static final NovuClientObservationConvention DEFAULT_CONVENTION = new DefaultNovuClientObservationConvention();

	/** Made on the first call that needs it (never with the direct JDK path): see {@link OnFirstUse}. */
	private final Supplier<RestClient> restClient;

	private final RequestUris uris;

	private final @Nullable JdkHttpRequestFactory directJdk;

	private final String authorization;

	private final String userAgent;

	private final String host;

	private final RetrySettings retrySettings;

	private final boolean idempotencyKeys;

	private final Supplier<String> idempotencyKeyGenerator;

	private final ObservationRegistry observationRegistry;

	private final @Nullable NovuClientObservationConvention observationConvention;

	private final List<ResponseListener> responseListeners;

	private final JsonMapper mapper = NovuJson.mapper();

	private final AttemptObserver attemptObserver;

	private final LogRedaction redaction;

	/**
	 * Creates the transport; {@link io.github.novu4j.client.NovuClientBuilder} calls it.
	 * @param settings everything the transport is built from
	 */
	public NovuTransport(Settings settings) {
		this.restClient = settings.restClient();
		this.uris = new RequestUris(settings.baseUrl());
		this.directJdk = settings.directRequestFactory();
		this.authorization = "ApiKey " + settings.apiKey();
		this.userAgent = settings.userAgent();
		this.host = settings.host();
		this.retrySettings = settings.retrySettings();
		this.idempotencyKeys = settings.idempotencyKeys();
		this.idempotencyKeyGenerator = settings.idempotencyKeyGenerator();
		this.observationRegistry = settings.observationRegistry();
		this.observationConvention = settings.observationConvention();
		this.responseListeners = List.copyOf(settings.responseListeners());
		this.redaction = new LogRedaction(settings.apiKey(), this.mapper);
		this.attemptObserver = new AttemptObserver(this.host, settings.clientListeners(), this.redaction);
	}

	/** @return the client's JSON mapper */
	public JsonMapper jsonMapper() {
		return this.mapper;
	}

	/** @return the client-wide retry settings */
	public RetrySettings retrySettings() {
		return this.retrySettings;
	}

	/**
	 * Executes a call whose answer is a JSON value (unwrapped from Novu's {@code data} envelope).
	 * @param call the call
	 * @param type the result type
	 * @param options per-call options
	 * @param <T> the result type
	 * @return the result, never {@code null}
	 * @throws NovuTransportException if Novu answered without a body
	 */
	public <T> T call(ApiCall call, Class<T> type, RequestOptions options) {
		return callRequired(call, this.mapper.constructType(type), options);
	}

	/**
	 * As {@link #call(ApiCall, Class, RequestOptions)}, for generic result types.
	 * @param call the call
	 * @param type the result type
	 * @param options per-call options
	 * @param <T> the result type
	 * @return the result, never {@code null}
	 */
	public <T> T call(ApiCall call, TypeReference<T> type, RequestOptions options) {
		return callRequired(call, this.mapper.getTypeFactory().constructType(type), options);
	}

	/**
	 * Runs a cursor-paginated list: fetches the first page now and each later page, as the caller
	 * iterates, with {@code after} set to the previous page's {@code next} cursor. Every cursor list of
	 * the API goes through here.
	 * @param start the pagination of the first page
	 * @param callForPage makes the call of one page; add the pagination with {@link ApiCall.Builder#cursor}
	 * @param itemType the item type
	 * @param options per-call options, applied to every page request
	 * @param <T> the item type
	 * @return the pages and items
	 */
	public <T> CursorPagedIterable<T> cursorList(CursorPagination start,
			Function<CursorPagination, ApiCall> callForPage, Class<T> itemType, RequestOptions options) {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(options, "options");
		JavaType pageType = this.mapper.getTypeFactory().constructParametricType(CursorPage.class, itemType);
		return new CursorPagedIterable<>(start, (pagination) -> callRequired(callForPage.apply(pagination), pageType, options));
	}

	/**
	 * Executes a call whose answer may be empty or {@code {"data": null}}.
	 * @param call the call
	 * @param type the result type
	 * @param options per-call options
	 * @param <T> the result type
	 * @return the result, or {@code null} for an empty answer
	 */
	public <T> @Nullable T callNullable(ApiCall call, JavaType type, RequestOptions options) {
		return execute(call, options, false, (response) -> decode(call, response, type));
	}

	/**
	 * Executes a call whose answer carries no result (204, or a body the caller ignores).
	 * @param call the call
	 * @param options per-call options
	 */
	public void callNoContent(ApiCall call, RequestOptions options) {
		execute(call, options, false, (response) -> Boolean.TRUE);
	}

	/**
	 * Executes a call and returns the raw answer, for the few operations that do not answer JSON.
	 * Error statuses still throw; a redirect (3xx) is returned as the result, not followed, when the
	 * HTTP client does not follow redirects (the default one does not).
	 * @param call the call
	 * @param options per-call options
	 * @return the raw response
	 */
	public RawResponse callRaw(ApiCall call, RequestOptions options) {
		return execute(call, options, true, (response) -> response);
	}

	private <T> T callRequired(ApiCall call, JavaType type, RequestOptions options) {
		// Checked inside the attempt, so an empty 2xx is a failed attempt like an unreadable one.
		return execute(call, options, false, (response) -> {
			T value = decode(call, response, type);
			if (value == null) {
				throw new NovuTransportException(call.operation(), call.operation()
						+ " failed: Novu answered HTTP " + response.statusCode() + " without a result", null);
			}
			return value;
		});
	}

	private <T> @Nullable T decode(ApiCall call, RawResponse response, JavaType type) {
		if (response.body().length == 0) {
			return null;
		}
		if (!response.isJsonOrUnlabelled()) {
			throw new NovuTransportException(call.operation(), call.operation() + " failed: expected JSON from Novu but got "
					+ response.header("Content-Type") + " (HTTP " + response.statusCode() + ")", null);
		}
		try {
			// Unwrapped while parsing: no tree of the body is built.
			return Envelope.read(this.mapper, response.body(), type);
		}
		catch (JacksonException ex) {
			throw new NovuTransportException(call.operation(), call.operation()
					+ " failed: could not read Novu's answer (HTTP " + response.statusCode() + "): "
					+ ex.getOriginalMessage(), ex);
		}
	}

	@FunctionalInterface
	private interface ResponseHandler<T> {

		T handle(RawResponse response);

	}

	private <T> T execute(ApiCall call, RequestOptions options, boolean redirectIsResult,
			ResponseHandler<T> handler) {
		Objects.requireNonNull(options, "options");
		RetrySettings retry = (options.retry() != null) ? options.retry() : this.retrySettings;
		Duration budget = (options.timeout() != null) ? options.timeout() : retry.maxElapsedTime();
		String idempotencyKey = idempotencyKeyFor(call, options);
		byte[] body = serialize(call);
		if (this.directJdk == null) {
			// The first call makes RestClient (and an HTTP client behind it) before its time budget starts.
			this.restClient.get();
		}
		CallState state = new CallState(budget);
		Retryable<T> attempt = new Retryable<>() {
			@Override
			public T execute() {
				return attempt(call, body, idempotencyKey, options, state, redirectIsResult, handler);
			}

			@Override
			public String getName() {
				return call.operation();
			}
		};
		if (this.observationRegistry.isNoop()) {
			// Nothing observes the call: no observation context (three maps) to fill per call.
			return runWithRetries(call, retry, idempotencyKey != null, state, attempt);
		}
		NovuClientObservationContext context = new NovuClientObservationContext(call.operation(),
				call.method().name(), call.pathTemplate(), this.host);
		Observation observation = NovuObservationDocumentation.OPERATION
			.observation(this.observationConvention, DEFAULT_CONVENTION, () -> context, this.observationRegistry)
			.start();
		try (Observation.Scope scope = observation.openScope()) {
			T result = runWithRetries(call, retry, idempotencyKey != null, state, attempt);
			context.setStatusCode(state.lastStatus());
			return result;
		}
		catch (RuntimeException ex) {
			context.setStatusCode(state.lastStatus());
			observation.error(ex);
			throw ex;
		}
		finally {
			context.setAttempts(state.attempts());
			observation.stop();
		}
	}

	private <T> T runWithRetries(ApiCall call, RetrySettings retry, boolean hasIdempotencyKey, CallState state,
			Retryable<T> attempt) {
		if (retry.effectiveMaxAttempts() <= 1) {
			try {
				return attempt.execute();
			}
			catch (RuntimeException | Error ex) {
				// JVM errors (OutOfMemoryError, StackOverflowError, AssertionError) are not Novu's: unchanged.
				throw ex;
			}
			catch (Throwable ex) {
				throw new NovuException(call.operation(), call.operation() + " failed: " + ex, ex);
			}
		}
		boolean safeToRepeat = call.idempotentMethod() || hasIdempotencyKey;
		NovuRetryPolicy policy = new NovuRetryPolicy(retry, safeToRepeat, hasIdempotencyKey, state);
		// The first attempt outside RetryTemplate: most calls succeed, or fail in a way that is not retried
		// (a 4xx), and then the template only added a RetryException (a stack trace and a String.format)
		// that was unwrapped again. A failure worth retrying is handed to the template as its first attempt.
		Throwable first;
		try {
			return attempt.execute();
		}
		catch (Throwable ex) {
			first = ex;
		}
		if (!policy.shouldRetry(first)) {
			throw failureOf(call, first, List.of(first));
		}
		Retryable<T> resumed = new Retryable<>() {
			private boolean firstReplayed;

			@Override
			public T execute() throws Throwable {
				if (!this.firstReplayed) {
					this.firstReplayed = true;
					throw first;
				}
				return attempt.execute();
			}

			@Override
			public String getName() {
				return attempt.getName();
			}
		};
		try {
			return new RetryTemplate(policy).execute(resumed);
		}
		catch (RetryException ex) {
			throw failureOf(call, ex.getLastException(), ex.getExceptions());
		}
	}

	/**
	 * @return the failure a call that will not be retried ends with: the last one, the earlier ones
	 * suppressed in it
	 * @throws Error if the last failure was one (JVM errors are not Novu's: unchanged)
	 */
	private static RuntimeException failureOf(ApiCall call, @Nullable Throwable last, List<Throwable> exceptions) {
		if (last instanceof Error error) {
			throw error;
		}
		RuntimeException failure;
		if (Thread.currentThread().isInterrupted() && !(last instanceof NovuInterruptedException)) {
			// Interrupted while backing off: RetryTemplate kept the flag; say so instead of the old failure.
			failure = new NovuInterruptedException(call.operation(),
					call.operation() + " was interrupted while waiting to retry after: " + messageOf(last), last);
		}
		else if (last instanceof RuntimeException runtime) {
			failure = runtime;
		}
		else {
			failure = new NovuException(call.operation(), call.operation() + " failed: " + messageOf(last), last);
		}
		for (Throwable earlier : exceptions) {
			if (earlier != last && earlier != failure) {
				failure.addSuppressed(earlier);
			}
		}
		return failure;
	}

	private static String messageOf(@Nullable Throwable failure) {
		return (failure != null) ? String.valueOf(failure.getMessage()) : "unknown failure";
	}

	private <T> T attempt(ApiCall call, byte @Nullable [] body, @Nullable String idempotencyKey,
			RequestOptions options, CallState state, boolean redirectIsResult, ResponseHandler<T> handler) {
		checkBeforeAttempt(call, state);
		int attemptNumber = state.nextAttempt();
		this.attemptObserver.beforeAttempt(call, attemptNumber, body, state.lastFailure());
		long start = System.nanoTime();
		RawResponse response;
		try {
			response = send(call, body, idempotencyKey, options, state);
		}
		catch (NovuTransportException ex) {
			this.attemptObserver.afterAttempt(call, attemptNumber, idempotencyKey, start, null, ex);
			state.failed(ex, null);
			throw ex;
		}
		this.attemptObserver.afterAttempt(call, attemptNumber, idempotencyKey, start, response, null);
		// Novu's OAuth redirects (302) are the answer of those calls, not a failure.
		if (!response.isSuccess() && !(redirectIsResult && response.isRedirect())) {
			NovuApiException failure = ErrorBodies.toException(call, response, idempotencyKey != null);
			state.failed(failure, response.statusCode());
			throw failure;
		}
		T result;
		try {
			result = handler.handle(response);
		}
		catch (NovuException ex) {
			state.failed(ex, response.statusCode());
			throw ex;
		}
		state.succeeded(response.statusCode());
		notifyListeners(call, response, idempotencyKey, attemptNumber, options);
		return result;
	}

	/**
	 * An interrupted caller sends nothing more; nor does a call whose budget a back-off overslept (the
	 * attempt could only time out, hiding the real failure).
	 */
	private static void checkBeforeAttempt(ApiCall call, CallState state) {
		Throwable previous = state.lastFailure();
		if (Thread.currentThread().isInterrupted()) {
			String when = (state.attempts() == 0) ? "before anything was sent"
					: "before attempt " + (state.attempts() + 1) + ", after: " + messageOf(previous);
			NovuInterruptedException interrupted = new NovuInterruptedException(call.operation(),
					call.operation() + " was interrupted " + when, previous);
			state.failed(interrupted, null);
			throw interrupted;
		}
		if (state.attempts() > 0 && state.budgetExhausted() && previous instanceof RuntimeException failure) {
			throw failure;
		}
	}

	private void notifyListeners(ApiCall call, RawResponse response, @Nullable String idempotencyKey, int attempts,
			RequestOptions options) {
		if (this.responseListeners.isEmpty() && options.responseListener() == null) {
			return;
		}
		ResponseMetadata metadata = new ResponseMetadata(call.operation(), response.statusCode(), response.headers(),
				idempotencyKey, attempts);
		for (ResponseListener listener : this.responseListeners) {
			notifyQuietly(listener, metadata);
		}
		if (options.responseListener() != null) {
			notifyQuietly(options.responseListener(), metadata);
		}
	}

	private static void notifyQuietly(ResponseListener listener, ResponseMetadata metadata) {
		try {
			listener.onResponse(metadata);
		}
		catch (RuntimeException ex) {
			logger.warn("Novu response listener {} failed for {}", listener, metadata.operation(), ex);
		}
	}

	private RawResponse send(ApiCall call, byte @Nullable [] body, @Nullable String idempotencyKey,
			RequestOptions options, CallState state) {
		JdkHttpRequestFactory direct = this.directJdk;
		if (direct != null) {
			URI uri = this.uris.uri(call);
			return AttemptDeadline.runBefore(state.deadlineNanos(),
					() -> exchangeDirectly(direct, call, uri, body, idempotencyKey, options, state));
		}
		try {
			RestClient.RequestBodySpec request = this.restClient.get().method(call.method())
				.uri(this.uris.uri(call))
				// As RestClient sets it for a template: its HTTP observation tags the template, not the ids.
				.attribute(RequestUris.URI_TEMPLATE_ATTRIBUTE, this.uris.uriTemplateAttribute(call))
				.headers((headers) -> {
					if (call.authenticated()) {
						headers.set(HttpHeaders.AUTHORIZATION, this.authorization);
					}
					headers.set(HttpHeaders.USER_AGENT, this.userAgent);
					headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
					if (idempotencyKey != null) {
						headers.set(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
					}
					options.headers().forEach(headers::set);
				});
			if (body != null) {
				request.contentType(call.contentType()).body(body);
			}
			// The default HTTP client cuts this attempt's timeout to what is left of the call's budget.
			return AttemptDeadline.runBefore(state.deadlineNanos(), () -> exchange(call, request, state));
		}
		catch (RestClientException ex) {
			throw transportFailure(call, ex, state);
		}
	}

	/**
	 * The client-built JDK transport when nothing in RestClient needs to see the request: the same headers, in
	 * the same order of precedence, as {@link #send} gives RestClient, and the same failures.
	 */
	private RawResponse exchangeDirectly(JdkHttpRequestFactory direct, ApiCall call, URI uri, byte @Nullable [] body,
			@Nullable String idempotencyKey, RequestOptions options, CallState state) {
		try {
			return direct.exchange(uri, call.method(), (headers) -> {
				if (call.authenticated()) {
					headers.accept(HttpHeaders.AUTHORIZATION, this.authorization);
				}
				headers.accept(HttpHeaders.USER_AGENT, this.userAgent);
				headers.accept(HttpHeaders.ACCEPT, ACCEPT);
				if (idempotencyKey != null) {
					headers.accept(IDEMPOTENCY_KEY_HEADER, idempotencyKey);
				}
				options.headers().forEach(headers);
				if (body != null) {
					headers.accept(HttpHeaders.CONTENT_TYPE, call.contentType().toString());
				}
			}, body);
		}
		catch (IOException ex) {
			throw transportFailure(call, ex, state);
		}
		catch (RuntimeException ex) {
			throw transportFailure(call, (ex.getCause() instanceof IOException io) ? io : ex, state);
		}
	}

	private RawResponse exchange(ApiCall call, RestClient.RequestBodySpec request, CallState state) {
		try {
			return request.exchange((clientRequest, clientResponse) -> {
				Map<String, List<String>> headers = new LinkedHashMap<>();
				clientResponse.getHeaders().forEach((name, values) -> headers.put(name, List.copyOf(values)));
				byte[] bytes;
				try {
					bytes = clientResponse.getBody().readAllBytes();
				}
				catch (IOException ex) {
					// A timeout that ran out while the body was arriving is a timeout, not a broken stream.
					throw AttemptDeadline.explainReadFailure(ex);
				}
				return new RawResponse(clientResponse.getStatusCode().value(), headers, bytes);
			}, true);
		}
		catch (ResourceAccessException ex) {
			// Here, while the attempt's timeout is still known, to name it.
			throw transportFailure(call, ex.getCause() != null ? ex.getCause() : ex, state);
		}
		catch (RestClientException ex) {
			throw transportFailure(call, ex, state);
		}
		catch (RuntimeException ex) {
			// Some HTTP libraries (Jetty, Reactor Netty) fail with their own unchecked exceptions.
			throw transportFailure(call, (ex.getCause() instanceof IOException io) ? io : ex, state);
		}
	}

	private NovuTransportException transportFailure(ApiCall call, Throwable failure, CallState state) {
		// The boundary: some HTTP libraries put the whole Authorization header in their messages.
		Throwable cause = this.redaction.redact(failure);
		String where = call.operation() + " (" + call.method() + " " + call.pathTemplate() + " on " + this.host + ")";
		if (isInterruption(failure)) {
			// HTTP clients turn an interrupt into an IOException; keep the flag so the caller sees it.
			Thread.currentThread().interrupt();
			return new NovuInterruptedException(call.operation(),
					where + " was interrupted while waiting for Novu: " + describe(cause), cause);
		}
		// SocketTimeoutException is an InterruptedIOException; a plain one was an interrupt, handled above.
		boolean timedOut = isTimeout(failure);
		// A connect timeout cut short by a spent budget is the budget running out, not Novu being unreachable.
		if (isConnectFailure(failure) && !(timedOut && state.budgetExhausted())) {
			return new NovuConnectionException(call.operation(),
					where + " failed: could not connect to Novu: " + describe(cause), cause);
		}
		if (timedOut) {
			Duration timeout = AttemptDeadline.timeout();
			String reason = state.budgetExhausted()
					? "Novu did not answer within the call's time budget of " + state.budget().toMillis() + " ms"
					: "Novu did not answer within the read timeout"
							+ ((timeout != null) ? " of " + timeout.toMillis() + " ms" : "");
			return new NovuTimeoutException(call.operation(), where + " failed: " + reason + ": " + describe(cause),
					cause);
		}
		return new NovuTransportException(call.operation(), where + " failed: " + describe(cause), cause);
	}

	private static boolean isInterruption(Throwable cause) {
		if (Thread.currentThread().isInterrupted()) {
			return true;
		}
		for (Throwable current = cause; current != null; current = current.getCause()) {
			if (current instanceof InterruptedException || current instanceof ClosedByInterruptException
					|| current.getClass() == InterruptedIOException.class) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	/** A timeout as the JDK, Apache (socket), Jetty (total) or Reactor Netty (read) client reports it. */
	private static boolean isTimeout(Throwable cause) {
		for (Throwable current = cause; current != null; current = current.getCause()) {
			if (current instanceof HttpTimeoutException || current instanceof InterruptedIOException
					|| current instanceof TimeoutException || current.getClass().getName().endsWith("TimeoutException")) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	private static boolean isConnectFailure(Throwable cause) {
		for (Throwable current = cause; current != null; current = current.getCause()) {
			if (current instanceof ConnectException || current instanceof UnknownHostException
					|| current instanceof NoRouteToHostException || current instanceof HttpConnectTimeoutException
					|| current.getClass().getName().endsWith("ConnectTimeoutException")) {
				return true;
			}
			if (current.getCause() == current) {
				break;
			}
		}
		return false;
	}

	private static String describe(Throwable cause) {
		if (cause instanceof RedactedFailure) {
			return String.valueOf(cause.getMessage());
		}
		String message = cause.getMessage();
		return cause.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private byte @Nullable [] serialize(ApiCall call) {
		Object body = call.body();
		if (body == null) {
			return null;
		}
		if (body instanceof MultipartBody multipart) {
			return multipart.toBytes();
		}
		try {
			return this.mapper.writeValueAsBytes(body);
		}
		catch (JacksonException ex) {
			throw new IllegalArgumentException(call.operation() + ": the request body cannot be written as JSON: "
					+ ex.getOriginalMessage(), ex);
		}
	}

	private @Nullable String idempotencyKeyFor(ApiCall call, RequestOptions options) {
		if (!call.acceptsIdempotencyKey()) {
			return null;
		}
		if (options.idempotencyKey() != null) {
			return options.idempotencyKey();
		}
		return this.idempotencyKeys ? this.idempotencyKeyGenerator.get() : null;
	}

	@Override
	public String toString() {
		return "NovuTransport{host=" + this.host + ", retry=" + this.retrySettings + ", idempotencyKeys="
				+ this.idempotencyKeys + "}";
	}

	/**
	 * Creates a unique idempotency key, without a lock shared by the threads ({@link IdempotencyKeys}).
	 * @return a new key in the form of a version-4 UUID: never repeated in this JVM, and as unlikely to
	 * repeat another JVM's keys as random UUIDs
	 */
	public static String randomIdempotencyKey() {
		return IdempotencyKeys.next();
	}

	/**
	 * Everything a transport is built from.
	 *
	 * @param restClient makes the RestClient, with base URL and request factory set; called on the first
	 * call that goes through RestClient (an {@link OnFirstUse}), so an unused client never builds it
	 * @param baseUrl the base URL calls go to, without trailing slash
	 * @param apiKey the Novu secret key; kept only inside the Authorization header value
	 * @param userAgent the User-Agent header
	 * @param host the Novu host, for observations
	 * @param retrySettings client-wide retry settings
	 * @param idempotencyKeys whether POST and PATCH get an automatic idempotency key
	 * @param idempotencyKeyGenerator makes automatic keys
	 * @param observationRegistry where observations go
	 * @param observationConvention a custom convention, or {@code null} for the default
	 * @param responseListeners receive response metadata of every call
	 * @param clientListeners receive every attempt and retry (metrics)
	 * @param directRequestFactory the client-built JDK transport, called without RestClient; {@code null} when
	 * RestClient must see every request (a RestClient.Builder or an observation registry was given, or
	 * another request factory)
	 */
	public record Settings(Supplier<RestClient> restClient, String baseUrl, String apiKey, String userAgent, String host,
			RetrySettings retrySettings, boolean idempotencyKeys, Supplier<String> idempotencyKeyGenerator,
			ObservationRegistry observationRegistry, @Nullable NovuClientObservationConvention observationConvention,
			List<ResponseListener> responseListeners, List<NovuClientListener> clientListeners,
			@Nullable JdkHttpRequestFactory directRequestFactory) {

		@Override
		public String toString() {
			return "Settings{host=" + this.host + ", apiKey=<redacted>}";
		}

	}

}
