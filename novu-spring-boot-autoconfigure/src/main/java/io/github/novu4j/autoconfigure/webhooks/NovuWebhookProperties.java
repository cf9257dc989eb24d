package io.github.novu4j.autoconfigure.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Configuration of the webhook endpoint ({@code novu.webhooks.*}). Setting {@code novu.webhooks.secret} (or
 * {@code novu.webhooks.secrets}) turns the endpoint on. {@link #toString()} does not show the secrets.
 */
@ConfigurationProperties("novu.webhooks")
public class NovuWebhookProperties {

	/**
	 * The signing secret of the webhook endpoint, as the Novu dashboard shows it (whsec_...). Setting it
	 * registers the endpoint.
	 */
	private @Nullable String secret;

	/**
	 * Further signing secrets accepted besides novu.webhooks.secret, e.g. the old and the new one while the
	 * endpoint's secret is rotated. Setting them registers the endpoint.
	 */
	private List<String> secrets = new ArrayList<>();

	/**
	 * The path the endpoint answers POST requests on.
	 */
	private String path = "/novu/webhooks";

	/**
	 * How far the webhook-timestamp header may lie from this server's clock, either way, before a delivery is
	 * rejected as stale or from the future.
	 */
	private Duration tolerance = Duration.ofMinutes(5);

	/**
	 * Where the webhook-id of processed deliveries is remembered, so that Novu's retries and manual resends
	 * reach the listeners once: 'memory' (this instance only), 'jdbc' (shared by all instances through the
	 * application's DataSource) or 'none'.
	 */
	private Deduplication deduplication = Deduplication.MEMORY;

	/**
	 * How long a processed webhook-id is remembered. Novu retries for about a day and a half and can resend
	 * by hand later, hence three days by default.
	 */
	private Duration retention = Duration.ofDays(3);

	/**
	 * The most webhook-ids the in-memory store remembers; the oldest are forgotten first.
	 */
	private int memoryMaxEntries = 100_000;

	private final Jdbc jdbc = new Jdbc();

	/** Where processed webhook ids are remembered. */
	public enum Deduplication {

		/** In this instance's memory, bounded and with a time to live. */
		MEMORY,

		/** In a database table shared by every instance, claimed atomically by its primary key. */
		JDBC,

		/** Not at all: every delivery reaches the listeners. */
		NONE

	}

	/** The JDBC deduplication store ({@code novu.webhooks.jdbc.*}). */
	public static class Jdbc {

		/**
		 * Whether to create the table novu_webhook_claims at startup if it does not exist (schemas for
		 * PostgreSQL, MySQL/MariaDB and H2 are included). Off by default: create it with your migrations.
		 */
		private boolean initializeSchema;

		/**
		 * How often claims older than novu.webhooks.retention are deleted, at most.
		 */
		private Duration cleanupInterval = Duration.ofMinutes(10);

		/** @return whether the table is created at startup if missing */
		public boolean isInitializeSchema() {
			return this.initializeSchema;
		}

		/** @param initializeSchema whether the table is created at startup if missing */
		public void setInitializeSchema(boolean initializeSchema) {
			this.initializeSchema = initializeSchema;
		}

		/** @return how often old claims are deleted, at most */
		public Duration getCleanupInterval() {
			return this.cleanupInterval;
		}

		/** @param cleanupInterval how often old claims are deleted, at most */
		public void setCleanupInterval(Duration cleanupInterval) {
			this.cleanupInterval = cleanupInterval;
		}

	}

	/** @return the endpoint's signing secret, or {@code null} */
	public @Nullable String getSecret() {
		return this.secret;
	}

	/** @param secret the endpoint's signing secret ({@code whsec_...}) */
	public void setSecret(@Nullable String secret) {
		this.secret = secret;
	}

	/** @return further accepted secrets (rotation) */
	public List<String> getSecrets() {
		return this.secrets;
	}

	/** @param secrets further accepted secrets (rotation) */
	public void setSecrets(List<String> secrets) {
		this.secrets = secrets;
	}

	/** @return every configured secret: {@link #getSecret()} first, then {@link #getSecrets()}, blanks dropped */
	public List<String> allSecrets() {
		List<String> all = new ArrayList<>();
		if (this.secret != null && !this.secret.isBlank()) {
			all.add(this.secret);
		}
		this.secrets.stream().filter((s) -> s != null && !s.isBlank()).forEach(all::add);
		return all;
	}

	/** @return the endpoint's path */
	public String getPath() {
		return this.path;
	}

	/** @param path the endpoint's path */
	public void setPath(String path) {
		this.path = path;
	}

	/** @return the timestamp tolerance */
	public Duration getTolerance() {
		return this.tolerance;
	}

	/** @param tolerance the timestamp tolerance */
	public void setTolerance(Duration tolerance) {
		this.tolerance = tolerance;
	}

	/** @return where processed webhook ids are remembered */
	public Deduplication getDeduplication() {
		return this.deduplication;
	}

	/** @param deduplication where processed webhook ids are remembered */
	public void setDeduplication(Deduplication deduplication) {
		this.deduplication = deduplication;
	}

	/** @return how long a processed webhook id is remembered */
	public Duration getRetention() {
		return this.retention;
	}

	/** @param retention how long a processed webhook id is remembered */
	public void setRetention(Duration retention) {
		this.retention = retention;
	}

	/** @return the most ids the in-memory store remembers */
	public int getMemoryMaxEntries() {
		return this.memoryMaxEntries;
	}

	/** @param memoryMaxEntries the most ids the in-memory store remembers */
	public void setMemoryMaxEntries(int memoryMaxEntries) {
		this.memoryMaxEntries = memoryMaxEntries;
	}

	/** @return the JDBC store's settings */
	public Jdbc getJdbc() {
		return this.jdbc;
	}

	@Override
	public String toString() {
		return "NovuWebhookProperties{secrets=<" + allSecrets().size() + " redacted>, path=" + this.path
				+ ", deduplication=" + this.deduplication + "}";
	}

}
