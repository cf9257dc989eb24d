package io.github.novu4j.test;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The rate limits a {@link LocalNovu} plays, per category as Novu counts them (WIRE-FORMAT.md §6): {@code trigger}
 * ({@code /v1/events/*}), {@code configuration} (subscribers, topics, workflows, layouts, integrations of the agents
 * and channel routes, environment variables, domains) and {@code global} (the rest). Each category is a token
 * bucket that refills {@code limit} tokens per second and holds a 5-second window's worth plus 10 % burst; a bulk
 * trigger, a broadcast and a bulk subscriber create cost 100 tokens, every other call 1. Every authenticated answer
 * carries {@code RateLimit-Limit}, {@code RateLimit-Remaining}, {@code RateLimit-Reset} and {@code RateLimit-Policy};
 * an empty bucket answers 429 with {@code Retry-After}.
 *
 * <p>The default, {@link #generous()}, is a million per second per category, so tests never hit it unless they
 * choose to: {@code novu.rateLimits(RateLimits.of(5, 5, 5))}, or {@link #freeTier()} for Novu's free tier.
 *
 * @param trigger tokens per second of the trigger category
 * @param configuration tokens per second of the configuration category
 * @param global tokens per second of the global category
 */
public record RateLimits(int trigger, int configuration, int global) {

	/** The window Novu reports in {@code RateLimit-Policy} ({@code w=5}), in seconds. */
	static final int WINDOW_SECONDS = 5;

	/**
	 * Checks the limits.
	 * @param trigger tokens per second of the trigger category
	 * @param configuration tokens per second of the configuration category
	 * @param global tokens per second of the global category
	 * @throws IllegalArgumentException if a limit is below 1
	 */
	public RateLimits {
		if (trigger < 1 || configuration < 1 || global < 1) {
			throw new IllegalArgumentException("Rate limits must be at least 1 per second, were " + trigger + ", "
					+ configuration + ", " + global);
		}
	}

	/**
	 * @param trigger tokens per second of the trigger category
	 * @param configuration tokens per second of the configuration category
	 * @param global tokens per second of the global category
	 * @return the limits
	 */
	public static RateLimits of(int trigger, int configuration, int global) {
		return new RateLimits(trigger, configuration, global);
	}

	/** @return a million per second per category: the default, never reached by a test */
	public static RateLimits generous() {
		return new RateLimits(1_000_000, 1_000_000, 1_000_000);
	}

	/** @return Novu's free tier: 60 trigger, 20 configuration, 30 global requests per second */
	public static RateLimits freeTier() {
		return new RateLimits(60, 20, 30);
	}

	/** A category of Novu's rate limits. */
	enum Category {

		TRIGGER, CONFIGURATION, GLOBAL;

		String label() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** @return the category of a route (WIRE-FORMAT.md §6, WIRE-FORMAT-CURRENT.md §E) */
		static Category of(String path) {
			if (path.startsWith("/v1/events/")) {
				return TRIGGER;
			}
			for (String prefix : new String[] { "/v1/subscribers", "/v2/subscribers", "/v1/topics", "/v2/topics",
					"/v2/workflows", "/v2/layouts", "/v1/channel-", "/v1/environment-variables", "/v1/domains",
					"/v1/agents" }) {
				if (path.equals(prefix) || path.startsWith(prefix + "/") || (prefix.endsWith("-") && path.startsWith(prefix))) {
					return CONFIGURATION;
				}
			}
			return GLOBAL;
		}

	}

	int limit(Category category) {
		return switch (category) {
			case TRIGGER -> this.trigger;
			case CONFIGURATION -> this.configuration;
			case GLOBAL -> this.global;
		};
	}

	/** The buckets of one local Novu; thread-safe. */
	static final class Buckets {

		private final Map<Category, double[]> buckets = new EnumMap<>(Category.class);

		private RateLimits limits = generous();

		synchronized void configure(RateLimits limits) {
			this.limits = limits;
			this.buckets.clear();
		}

		/**
		 * Takes the request's tokens.
		 * @param path the request's path
		 * @param cost the tokens it costs
		 * @param nanos the current {@link System#nanoTime()}
		 * @return the verdict and the headers to send
		 */
		synchronized Verdict take(String path, int cost, long nanos) {
			Category category = Category.of(path);
			int limit = this.limits.limit(category);
			double capacity = Math.ceil(limit * (double) WINDOW_SECONDS * 1.1);
			// {tokens, last refill in nanos}
			double[] bucket = this.buckets.computeIfAbsent(category, (c) -> new double[] { capacity, nanos });
			bucket[0] = Math.min(capacity, bucket[0] + (nanos - bucket[1]) / 1e9 * limit);
			bucket[1] = nanos;
			boolean allowed = bucket[0] >= cost;
			if (allowed) {
				bucket[0] -= cost;
			}
			long reset = (long) Math.ceil((capacity - bucket[0]) / limit);
			long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((cost - bucket[0]) / limit));
			Map<String, String> headers = Map.of("RateLimit-Limit", Integer.toString(limit), "RateLimit-Remaining",
					Long.toString((long) Math.floor(bucket[0])), "RateLimit-Reset", Long.toString(reset), "RateLimit-Policy",
					limit + ";w=" + WINDOW_SECONDS + ";burst=" + (long) capacity + ";comment=\"token bucket\";category=\""
							+ category.label() + "\";serverCost=\"" + cost + "\"");
			return new Verdict(allowed, retryAfter, headers);
		}

	}

	/** Whether a request may go on, and the rate-limit headers of its answer. */
	record Verdict(boolean allowed, long retryAfter, Map<String, String> headers) {
	}

}
