package io.github.novu4j.autoconfigure.health;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuAuthenticationException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.NovuTimeoutException;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.environments.Environment;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports whether Novu answers with the configured API key, by calling {@code GET /v1/environments/me}
 * (Novu's cheapest authenticated call) once, without retries.
 *
 * <ul>
 * <li>UP with {@code environment}, {@code environmentId}, {@code baseUrl} (and {@code region} when
 * the base URL comes from it), {@code latencyMs} and {@code checkedAt};</li>
 * <li>DOWN with a {@code reason} when Novu rejects the key (401/403), cannot be reached
 * ({@code host} and {@code cause}), does not answer within the timeout, or answers 5xx
 * ({@code status}, {@code errorId});</li>
 * <li>UNKNOWN when Novu answers 429: the key was not rejected, but the check could not be made.</li>
 * </ul>
 * The key itself is never part of the details.
 *
 * <p>Answers are cached for the configured time, so frequent liveness and readiness probes do not spend
 * Novu's rate limit, and concurrent probes share one in-flight check. The check runs on its own thread so
 * a probe waits at most the timeout, whatever the HTTP client's own read timeout.
 */
public class NovuHealthIndicator implements HealthIndicator {

	private final NovuClient client;

	private final String baseUrl;

	private final @Nullable String region;

	private final Duration timeout;

	private final Duration cacheTtl;

	private final Clock clock;

	private final Executor executor;

	private final AtomicReference<@Nullable Answer> latest = new AtomicReference<>();

	private final AtomicReference<@Nullable CompletableFuture<Answer>> inFlight = new AtomicReference<>();

	/**
	 * @param client the client to check
	 * @param baseUrl the base URL it calls, shown in the details
	 * @param region the region the base URL comes from, or {@code null} for an explicit base URL
	 * @param timeout the longest a check may take
	 * @param cacheTtl how long an answer is reused
	 */
	public NovuHealthIndicator(NovuClient client, String baseUrl, @Nullable String region, Duration timeout,
			Duration cacheTtl) {
		this(client, baseUrl, region, timeout, cacheTtl, Clock.systemUTC(), NovuHealthIndicator::startDaemon);
	}

	NovuHealthIndicator(NovuClient client, String baseUrl, @Nullable String region, Duration timeout,
			Duration cacheTtl, Clock clock, Executor executor) {
		this.client = Objects.requireNonNull(client, "client");
		this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
		this.region = region;
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("novu.health.timeout must be positive, was " + timeout);
		}
		this.timeout = timeout;
		this.cacheTtl = Objects.requireNonNull(cacheTtl, "cacheTtl");
		this.clock = clock;
		this.executor = executor;
	}

	@Override
	public Health health() {
		Answer cached = this.latest.get();
		if (isFresh(cached)) {
			return cached.health();
		}
		CompletableFuture<Answer> check = joinOrStartCheck();
		try {
			return check.get(this.timeout.toMillis(), TimeUnit.MILLISECONDS).health();
		}
		catch (TimeoutException ex) {
			Answer down = new Answer(withCommonDetails(Health.down()
				.withDetail("reason", "Novu did not answer within " + this.timeout.toMillis() + " ms")
				.withDetail("host", hostOf(this.baseUrl))).build(), this.clock.instant());
			// Unless the check finished meanwhile, remember the timeout; the late answer replaces it when it comes.
			return this.latest.compareAndSet(cached, down) ? down.health() : this.latest.get().health();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().withDetail("reason", "interrupted while waiting for Novu").build();
		}
		catch (ExecutionException ex) {
			// check() catches every exception; this is only reached if the check could not run at all.
			return withCommonDetails(Health.unknown().withDetail("reason", "the check could not run: " + ex.getCause()))
				.build();
		}
	}

	private CompletableFuture<Answer> joinOrStartCheck() {
		while (true) {
			CompletableFuture<Answer> running = this.inFlight.get();
			if (running != null) {
				return running;
			}
			CompletableFuture<Answer> started = new CompletableFuture<>();
			if (this.inFlight.compareAndSet(null, started)) {
				Answer cached = this.latest.get();
				if (isFresh(cached)) {
					// Another probe's check ended between our cache read and our start.
					this.inFlight.set(null);
					started.complete(cached);
					return started;
				}
				try {
					this.executor.execute(() -> runCheck(started));
				}
				catch (RuntimeException ex) {
					this.inFlight.set(null);
					started.completeExceptionally(ex);
				}
				return started;
			}
		}
	}

	private void runCheck(CompletableFuture<Answer> started) {
		// The answer is cached and the check cleared before anyone sees the answer, so no probe can join a
		// finished check and be handed its answer after the cache time.
		try {
			Answer answer = new Answer(check(), this.clock.instant());
			this.latest.set(answer);
			this.inFlight.set(null);
			started.complete(answer);
		}
		catch (Throwable ex) {
			this.inFlight.set(null);
			started.completeExceptionally(ex);
			throw ex;
		}
	}

	private boolean isFresh(@Nullable Answer answer) {
		return answer != null && answer.at().plus(this.cacheTtl).isAfter(this.clock.instant());
	}

	private Health check() {
		long start = System.nanoTime();
		try {
			Environment environment = this.client.environments()
				.retrieve(RequestOptions.builder().noRetry().timeout(this.timeout).build());
			return withCommonDetails(Health.up()
				.withDetail("environment", String.valueOf(environment.name()))
				.withDetail("environmentId", String.valueOf(environment.id()))
				.withDetail("latencyMs", (System.nanoTime() - start) / 1_000_000)).build();
		}
		catch (NovuAuthenticationException ex) {
			return withCommonDetails(Health.down()
				.withDetail("reason", "Novu rejected the API key (HTTP " + ex.getStatusCode() + ": "
						+ ex.getNovuMessage() + ")")
				.withDetail("status", ex.getStatusCode())).build();
		}
		catch (NovuRateLimitException ex) {
			return withCommonDetails(Health.unknown()
				.withDetail("reason", "Novu's rate limit is exhausted (HTTP 429); the key was not rejected")
				.withDetail("status", 429)).build();
		}
		catch (NovuApiException ex) {
			Health.Builder builder = Health.down()
				.withDetail("reason", "Novu answered HTTP " + ex.getStatusCode() + ": " + ex.getNovuMessage())
				.withDetail("status", ex.getStatusCode());
			if (ex.getErrorId() != null) {
				builder.withDetail("errorId", ex.getErrorId());
			}
			return withCommonDetails(builder).build();
		}
		catch (NovuTimeoutException ex) {
			return withCommonDetails(Health.down()
				.withDetail("reason", "Novu did not answer within " + this.timeout.toMillis() + " ms")
				.withDetail("host", hostOf(this.baseUrl))
				.withDetail("cause", causeOf(ex))).build();
		}
		catch (NovuTransportException ex) {
			return withCommonDetails(Health.down()
				.withDetail("reason", "Novu is unreachable")
				.withDetail("host", hostOf(this.baseUrl))
				.withDetail("cause", causeOf(ex))).build();
		}
		catch (RuntimeException ex) {
			return withCommonDetails(Health.down()
				.withDetail("reason", "the check failed")
				.withDetail("cause", ex.getClass().getSimpleName())).build();
		}
	}

	private Health.Builder withCommonDetails(Health.Builder builder) {
		builder.withDetail("baseUrl", this.baseUrl);
		if (this.region != null) {
			builder.withDetail("region", this.region);
		}
		return builder.withDetail("checkedAt", this.clock.instant().toString());
	}

	/**
	 * The first cause below the client's exception, e.g. {@code ConnectException: Connection refused}, with
	 * its own cause when it has no message ({@code ConnectException (ClosedChannelException)}).
	 */
	private static String causeOf(Throwable failure) {
		Throwable cause = (failure.getCause() != null) ? failure.getCause() : failure;
		String described = describe(cause);
		if (cause.getMessage() == null && cause.getCause() != null && cause.getCause() != cause) {
			described += " (" + describe(cause.getCause()) + ")";
		}
		return described;
	}

	private static String describe(Throwable failure) {
		return (failure.getMessage() != null) ? failure.getClass().getSimpleName() + ": " + failure.getMessage()
				: failure.getClass().getSimpleName();
	}

	private static String hostOf(String url) {
		String authority = URI.create(url).getAuthority();
		return (authority != null) ? authority : url;
	}

	private static void startDaemon(Runnable check) {
		// At most one check runs at a time (see joinOrStartCheck), so a thread per check is cheap.
		Thread thread = new Thread(check, "novu-health-check");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public String toString() {
		return "NovuHealthIndicator{baseUrl=" + this.baseUrl + ", timeout=" + this.timeout + ", cacheTtl="
				+ this.cacheTtl + "}";
	}

	/** A health answer and when it was made. */
	private record Answer(Health health, Instant at) {
	}

}
