package io.github.novu4j.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers processed webhook ids in this instance's memory: at most {@code maxEntries} (the oldest are
 * forgotten first), each for {@code retention}. Enough for one instance; several instances behind a load
 * balancer need the JDBC store ({@code novu.webhooks.deduplication=jdbc}).
 */
public final class InMemoryWebhookDeduplicationStore implements WebhookDeduplicationStore {

	private final int maxEntries;

	private final Duration retention;

	private final Clock clock;

	/** Claim times by id, oldest first. */
	private final LinkedHashMap<String, Instant> claims = new LinkedHashMap<>();

	/**
	 * @param maxEntries the most ids remembered, at least 1
	 * @param retention how long an id is remembered, positive
	 * @param clock the clock
	 */
	public InMemoryWebhookDeduplicationStore(int maxEntries, Duration retention, Clock clock) {
		if (maxEntries < 1) {
			throw new IllegalArgumentException("novu.webhooks.memory-max-entries must be at least 1, got " + maxEntries);
		}
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("novu.webhooks.retention must be positive, got " + retention);
		}
		this.maxEntries = maxEntries;
		this.retention = retention;
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Override
	public synchronized boolean claim(String webhookId) {
		Instant now = this.clock.instant();
		Instant cutoff = now.minus(this.retention);
		for (Iterator<Map.Entry<String, Instant>> it = this.claims.entrySet().iterator(); it.hasNext();) {
			if (it.next().getValue().isAfter(cutoff)) {
				break;
			}
			it.remove();
		}
		if (this.claims.containsKey(webhookId)) {
			return false;
		}
		this.claims.put(webhookId, now);
		if (this.claims.size() > this.maxEntries) {
			Iterator<String> oldest = this.claims.keySet().iterator();
			oldest.next();
			oldest.remove();
		}
		return true;
	}

	@Override
	public synchronized void release(String webhookId) {
		this.claims.remove(webhookId);
	}

	/** @return how many ids are remembered now */
	public synchronized int size() {
		return this.claims.size();
	}

	@Override
	public String toString() {
		return "InMemoryWebhookDeduplicationStore{maxEntries=" + this.maxEntries + ", retention=" + this.retention + "}";
	}

}
