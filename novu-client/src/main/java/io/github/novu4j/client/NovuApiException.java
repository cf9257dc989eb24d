package io.github.novu4j.client;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Novu answered with an error status. Carries everything Novu said: the status, its {@code message}
 * (a string, or the list of a validation failure), {@code error}, {@code path}, {@code errorId} (quote
 * it to Novu support), field-level validation errors in both the 2024 and the 2026 shape, the response
 * headers (rate limits, idempotency) and the raw body.
 *
 * <p>Subclasses exist for what callers handle differently; {@link #create} picks the right one.
 */
public class NovuApiException extends NovuException {

	/** The HTTP status Novu answered. */
	private final int statusCode;

	/** Novu's {@code message}, as a list (one entry when Novu sent a string). */
	private final List<String> messages;

	/** Novu's {@code error}, e.g. {@code Bad Request}. */
	private final @Nullable String error;

	/** The request path Novu reports. */
	private final @Nullable String path;

	/** Novu's {@code errorId}, to quote to Novu support. */
	private final @Nullable String errorId;

	/** Field-level validation errors, in either of Novu's shapes. */
	private final List<ValidationError> validationErrors;

	/** The response headers (rate limits, idempotency). */
	private final Map<String, List<String>> headers;

	/** The response body as received. */
	private final String rawBody;

	/**
	 * Creates the exception from Novu's answer; the message names the operation, the status and what Novu
	 * said. {@link #create} picks the subclass that fits the status.
	 * @param details what Novu answered
	 */
	protected NovuApiException(Details details) {
		super(details.operation(), details.describe(), null);
		this.statusCode = details.statusCode();
		this.messages = List.copyOf(details.messages());
		this.error = details.error();
		this.path = details.path();
		this.errorId = details.errorId();
		this.validationErrors = List.copyOf(details.validationErrors());
		this.headers = Map.copyOf(details.headers());
		this.rawBody = details.rawBody();
	}

	/**
	 * Creates the exception type that fits the status.
	 * @param details what Novu answered
	 * @return the exception to throw
	 */
	public static NovuApiException create(Details details) {
		int status = details.statusCode();
		if (status == 401 || status == 403) {
			return new NovuAuthenticationException(details);
		}
		if (status == 404) {
			return new NovuNotFoundException(details);
		}
		if (status == 409) {
			return new NovuConflictException(details);
		}
		if (status == 422 && details.isIdempotencyKeyReuse()) {
			return new NovuIdempotencyKeyReuseException(details);
		}
		if (status == 400 || status == 422) {
			return new NovuValidationException(details);
		}
		if (status == 429) {
			return new NovuRateLimitException(details);
		}
		if (status >= 500) {
			return new NovuServerException(details);
		}
		return new NovuApiException(details);
	}

	/** @return the HTTP status code */
	public int getStatusCode() {
		return this.statusCode;
	}

	/** @return Novu's message; the entries joined with "; " when it sent a list */
	public String getNovuMessage() {
		return String.join("; ", this.messages);
	}

	/** @return every message Novu sent (one for a string {@code message}, several for a list) */
	public List<String> getMessages() {
		return this.messages;
	}

	/** @return Novu's {@code error} field (the status reason, e.g. {@code Not Found}), if sent */
	public @Nullable String getError() {
		return this.error;
	}

	/** @return the request path Novu reports, if sent */
	public @Nullable String getPath() {
		return this.path;
	}

	/** @return Novu's {@code errorId} for server errors, if sent; quote it to Novu support */
	public @Nullable String getErrorId() {
		return this.errorId;
	}

	/** @return field-level validation errors, empty when there are none */
	public List<ValidationError> getValidationErrors() {
		return this.validationErrors;
	}

	/** @return the response headers, names as received */
	public Map<String, List<String>> getHeaders() {
		return this.headers;
	}

	/**
	 * @param name header name, any case
	 * @return the first value of that response header, or {@code null}
	 */
	public @Nullable String getHeader(String name) {
		return RateLimit.first(this.headers, name);
	}

	/** @return the response body as received, empty if there was none */
	public String getRawBody() {
		return this.rawBody;
	}

	/**
	 * @return whether Novu answered from its idempotency cache ({@code Idempotency-Replay: true}): this is
	 * the stored outcome of an earlier request with the same {@code Idempotency-Key}, and repeating the
	 * call with that key gets the same answer (the client does not retry it)
	 */
	public boolean isIdempotencyReplay() {
		return "true".equalsIgnoreCase(getHeader("Idempotency-Replay"));
	}

	/** @return the rate-limit headers of this response, or {@code null} if it had none */
	public @Nullable RateLimit getRateLimit() {
		return RateLimit.fromHeaders(this.headers);
	}

	/**
	 * The {@code Retry-After} of this response, in seconds or as an HTTP date.
	 * @return how long Novu asks the caller to wait, or {@code null} when it did not say
	 */
	public @Nullable Duration getRetryAfter() {
		String value = getHeader("Retry-After");
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			long seconds = Long.parseLong(trimmed);
			return Duration.ofSeconds(Math.max(0, seconds));
		}
		catch (NumberFormatException ex) {
			try {
				ZonedDateTime at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME);
				Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
				return wait.isNegative() ? Duration.ZERO : wait;
			}
			catch (DateTimeParseException ignored) {
				return null;
			}
		}
	}

	/**
	 * What Novu answered, parsed; the input of {@link NovuApiException#create}.
	 *
	 * @param operation the operation, e.g. {@code events.trigger}
	 * @param method the HTTP method
	 * @param uriTemplate the URI template of the operation (no ids, so safe to log)
	 * @param statusCode the HTTP status
	 * @param messages Novu's message(s)
	 * @param error Novu's {@code error} field
	 * @param path Novu's {@code path} field
	 * @param errorId Novu's {@code errorId} field
	 * @param validationErrors field-level errors
	 * @param headers response headers
	 * @param rawBody the body as received
	 * @param idempotencyKeySent whether the request carried an {@code Idempotency-Key}
	 */
	public record Details(String operation, String method, String uriTemplate, int statusCode, List<String> messages,
			@Nullable String error, @Nullable String path, @Nullable String errorId,
			List<ValidationError> validationErrors, Map<String, List<String>> headers, String rawBody,
			boolean idempotencyKeySent) {

		boolean isIdempotencyKeyReuse() {
			if (!this.idempotencyKeySent) {
				return false;
			}
			// Novu: 'Request with key "<key>" is being reused for a different body'.
			String joined = String.join(" ", this.messages).toLowerCase(java.util.Locale.ROOT);
			return joined.contains("reused");
		}

		String describe() {
			StringBuilder text = new StringBuilder();
			text.append(this.operation).append(" failed: HTTP ").append(this.statusCode);
			if (this.error != null && !this.error.isBlank()) {
				text.append(' ').append(this.error);
			}
			text.append(" (").append(this.method).append(' ').append(this.uriTemplate).append(')');
			if (!this.messages.isEmpty()) {
				text.append(": ").append(String.join("; ", this.messages));
			}
			for (ValidationError validationError : this.validationErrors) {
				if (validationError.field() != null) {
					text.append("; ").append(validationError.field()).append(": ")
						.append(String.join(", ", validationError.messages()));
				}
			}
			if (this.errorId != null) {
				text.append(" [errorId ").append(this.errorId).append(']');
			}
			if ("true".equalsIgnoreCase(RateLimit.first(this.headers, "Idempotency-Replay"))) {
				text.append(" (replayed by Novu for this Idempotency-Key)");
			}
			if (this.statusCode == 422 && isIdempotencyKeyReuse()) {
				text.append(". The Idempotency-Key was already used for a request with a different body;"
						+ " use a new key for a new notification");
			}
			return text.toString();
		}
	}

}
