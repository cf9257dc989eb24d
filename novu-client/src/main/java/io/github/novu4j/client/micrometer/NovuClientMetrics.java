package io.github.novu4j.client.micrometer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.github.novu4j.client.RateLimit;
import io.github.novu4j.client.RateLimitCategory;
import io.github.novu4j.client.observation.AttemptEvent;
import io.github.novu4j.client.observation.NovuClientListener;
import io.github.novu4j.client.observation.RetryEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.jspecify.annotations.Nullable;

/**
 * Meters of a Novu client besides the {@code novu.client.operation} timer (which comes from the
 * observation):
 * <ul>
 * <li>{@value #RETRIES}: a counter of retried attempts, tagged {@code operation} (e.g.
 * {@code events.trigger}), {@code cause} ({@code rate_limited}, {@code in_progress}, {@code server_error},
 * {@code timeout}, {@code connection}, {@code transport}, {@code other}) and {@code host};</li>
 * <li>{@value #RATE_LIMIT_REMAINING}: a gauge of the latest {@code RateLimit-Remaining} Novu sent, tagged
 * {@code category} ({@code trigger}, {@code configuration}, {@code global}) and {@code host}; it appears
 * once a response of that category carried the header.</li>
 * </ul>
 * A {@link NovuClientListener} for the client and a {@link MeterBinder} for the registry; Spring Boot
 * binds and registers it by itself. In plain Java:
 *
 * <pre>{@code
 * NovuClientMetrics metrics = new NovuClientMetrics();
 * metrics.bindTo(meterRegistry);
 * NovuClient novu = NovuClient.builder().apiKey(key).clientListener(metrics).build();
 * }</pre>
 *
 * Events that arrive before {@link #bindTo} are not counted. One instance per client; give each client
 * its own tags (e.g. {@code client=billing}) when an application has several for the same host.
 */
public class NovuClientMetrics implements NovuClientListener, MeterBinder {

	/** Counter of retried attempts. */
	public static final String RETRIES = "novu.client.retries";

	/** Gauge of the latest {@code RateLimit-Remaining} per category. */
	public static final String RATE_LIMIT_REMAINING = "novu.client.rate.limit.remaining";

	private final Tags tags;

	private final List<MeterRegistry> registries = new CopyOnWriteArrayList<>();

	private final Map<Bucket, AtomicLong> remaining = new ConcurrentHashMap<>();

	/** Meters with no extra tags. */
	public NovuClientMetrics() {
		this(Tags.empty());
	}

	/**
	 * @param tags added to every meter, e.g. {@code Tags.of("client", "billing")}
	 */
	public NovuClientMetrics(Iterable<Tag> tags) {
		this.tags = Tags.of(Objects.requireNonNull(tags, "tags"));
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		synchronized (this.remaining) {
			this.registries.add(registry);
			this.remaining.forEach((key, value) -> registerGauge(registry, key, value));
		}
	}

	@Override
	public void onRetry(RetryEvent event) {
		for (MeterRegistry registry : this.registries) {
			Counter.builder(RETRIES)
				.description("Attempts of Novu operations that were retried")
				.tags(this.tags)
				.tag("operation", event.operation())
				.tag("cause", event.cause())
				.tag("host", event.host())
				.register(registry)
				.increment();
		}
	}

	@Override
	public void onAttempt(AttemptEvent event) {
		RateLimit rateLimit = event.rateLimit();
		if (rateLimit == null || rateLimit.remaining() == null) {
			return;
		}
		Bucket key = new Bucket(event.rateLimitCategory(), event.host());
		AtomicLong value = this.remaining.get(key);
		if (value == null) {
			synchronized (this.remaining) {
				value = this.remaining.computeIfAbsent(key, (k) -> new AtomicLong());
				value.set(rateLimit.remaining());
				for (MeterRegistry registry : this.registries) {
					registerGauge(registry, key, value);
				}
			}
		}
		value.set(rateLimit.remaining());
	}

	/**
	 * @param category a rate-limit category
	 * @param host a Novu host
	 * @return the latest {@code RateLimit-Remaining} seen for them, or {@code null} if none yet
	 */
	public @Nullable Long remaining(RateLimitCategory category, String host) {
		AtomicLong value = this.remaining.get(new Bucket(category, host));
		return (value != null) ? value.get() : null;
	}

	private void registerGauge(MeterRegistry registry, Bucket key, AtomicLong value) {
		Gauge.builder(RATE_LIMIT_REMAINING, value, AtomicLong::get)
			.description("The latest RateLimit-Remaining Novu sent for a rate-limit category")
			.tags(this.tags)
			.tag("category", key.category().tagValue())
			.tag("host", key.host())
			.strongReference(true)
			.register(registry);
	}

	/** One gauge: Novu keeps a bucket per category (and environment, which the host stands in for). */
	private record Bucket(RateLimitCategory category, String host) {
	}

}
