package io.github.novu4j.autoconfigure.webhooks;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.jdbc.support.JdbcUtils;

/**
 * Remembers processed webhook ids in the table {@code novu_webhook_claims}, shared by every instance of the
 * application. A claim is an {@code INSERT}; the table's primary key makes the database refuse a second one
 * for the same id, in this or any other instance, so there is no check-then-insert race. Claims older than
 * the retention are deleted, at most once per cleanup interval, by the instance that claims next.
 *
 * <p>The schemas for PostgreSQL, MySQL/MariaDB and H2 are on the classpath as
 * {@code io/github/novu4j/autoconfigure/webhooks/schema-<platform>.sql}.
 */
public final class JdbcWebhookDeduplicationStore implements WebhookDeduplicationStore {

	/** The table the claims are kept in. */
	public static final String TABLE = "novu_webhook_claims";

	private static final String INSERT = "INSERT INTO " + TABLE + " (webhook_id, claimed_at) VALUES (?, ?)";

	private static final String DELETE_EXPIRED_ONE = "DELETE FROM " + TABLE + " WHERE webhook_id = ? AND claimed_at < ?";

	private final JdbcTemplate jdbc;

	private final Duration retention;

	private final Duration cleanupInterval;

	private final Clock clock;

	private final AtomicLong nextCleanup = new AtomicLong();

	/**
	 * @param dataSource the database holding {@code novu_webhook_claims}
	 * @param retention how long a claim is kept, positive
	 * @param cleanupInterval how often old claims are deleted, at most
	 * @param clock the clock
	 */
	public JdbcWebhookDeduplicationStore(DataSource dataSource, Duration retention, Duration cleanupInterval, Clock clock) {
		if (retention.isNegative() || retention.isZero()) {
			throw new IllegalArgumentException("novu.webhooks.retention must be positive, got " + retention);
		}
		this.jdbc = new JdbcTemplate(Objects.requireNonNull(dataSource, "dataSource"));
		this.retention = retention;
		this.cleanupInterval = Objects.requireNonNull(cleanupInterval, "cleanupInterval");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Creates {@code novu_webhook_claims} if it does not exist, with the schema for the database's platform.
	 * @param dataSource the database
	 * @throws IllegalStateException for a database without a bundled schema
	 */
	public static void initializeSchema(DataSource dataSource) {
		String platform = platform(dataSource);
		ResourceDatabasePopulator populator = new ResourceDatabasePopulator(
				new ClassPathResource("io/github/novu4j/autoconfigure/webhooks/schema-" + platform + ".sql"));
		populator.execute(dataSource);
	}

	static String platform(DataSource dataSource) {
		String product;
		try {
			product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot tell which database holds " + TABLE, ex);
		}
		String name = product.toLowerCase(Locale.ROOT);
		if (name.contains("postgres")) {
			return "postgresql";
		}
		if (name.contains("mysql") || name.contains("mariadb")) {
			return "mysql";
		}
		if (name.contains("h2")) {
			return "h2";
		}
		throw new IllegalStateException("No bundled schema for " + product + ": create the table " + TABLE
				+ " (webhook_id VARCHAR(255) PRIMARY KEY, claimed_at BIGINT NOT NULL) yourself");
	}

	@Override
	public boolean claim(String webhookId) {
		long now = this.clock.millis();
		long cutoff = now - this.retention.toMillis();
		cleanUpIfDue(now, cutoff);
		try {
			this.jdbc.update(INSERT, webhookId, now);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// An expired claim not yet cleaned up: whoever deletes it may claim anew; the rest see a duplicate.
			if (this.jdbc.update(DELETE_EXPIRED_ONE, webhookId, cutoff) == 1) {
				try {
					this.jdbc.update(INSERT, webhookId, now);
					return true;
				}
				catch (DuplicateKeyException raced) {
					return false;
				}
			}
			return false;
		}
	}

	@Override
	public void release(String webhookId) {
		this.jdbc.update("DELETE FROM " + TABLE + " WHERE webhook_id = ?", webhookId);
	}

	/**
	 * Deletes every claim older than the retention now.
	 * @return how many were deleted
	 */
	public int cleanUp() {
		return this.jdbc.update("DELETE FROM " + TABLE + " WHERE claimed_at < ?",
				this.clock.millis() - this.retention.toMillis());
	}

	private void cleanUpIfDue(long now, long cutoff) {
		long due = this.nextCleanup.get();
		if (now >= due && this.nextCleanup.compareAndSet(due, now + this.cleanupInterval.toMillis())) {
			this.jdbc.update("DELETE FROM " + TABLE + " WHERE claimed_at < ?", cutoff);
		}
	}

	@Override
	public String toString() {
		return "JdbcWebhookDeduplicationStore{table=" + TABLE + ", retention=" + this.retention + "}";
	}

}
