package io.github.novu4j.autoconfigure.webhooks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The JDBC store on a real PostgreSQL and on H2. */
class JdbcWebhookDeduplicationStoreTests {

	/** A fresh database of the platform, with the table created by the bundled schema. */
	static DataSource database(String platform) {
		DataSource db = EmbeddedDatabases.of(platform);
		JdbcWebhookDeduplicationStore.initializeSchema(db);
		return db;
	}

	static JdbcWebhookDeduplicationStore store(DataSource db, InMemoryWebhookDeduplicationStoreTests.MovableClock clock) {
		return new JdbcWebhookDeduplicationStore(db, Duration.ofHours(1), Duration.ofMinutes(10), clock);
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void theSchemaIsCreatedOnceAndTheIdIsClaimedOnce(String platform) {
		DataSource db = database(platform);
		JdbcWebhookDeduplicationStore.initializeSchema(db);
		assertThat(JdbcWebhookDeduplicationStore.platform(db)).isEqualTo(platform);
		JdbcWebhookDeduplicationStore store = store(db, new InMemoryWebhookDeduplicationStoreTests.MovableClock());

		assertThat(store.claim("msg_1")).isTrue();
		assertThat(store.claim("msg_1")).isFalse();
		assertThat(store.claim("msg_2")).isTrue();
		store.release("msg_1");
		assertThat(store.claim("msg_1")).isTrue();
		assertThat(new JdbcTemplate(db).queryForObject("SELECT COUNT(*) FROM novu_webhook_claims", Integer.class))
			.isEqualTo(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void anExpiredClaimNotYetCleanedUpCanBeClaimedAgain(String platform) {
		DataSource db = database(platform);
		InMemoryWebhookDeduplicationStoreTests.MovableClock clock = new InMemoryWebhookDeduplicationStoreTests.MovableClock();
		JdbcWebhookDeduplicationStore store = new JdbcWebhookDeduplicationStore(db, Duration.ofHours(1), Duration.ofDays(1),
				clock);
		assertThat(store.claim("msg_old")).isTrue();
		assertThat(store.claim("msg_other")).isTrue();

		clock.now = clock.now.plus(Duration.ofMinutes(61));

		assertThat(store.claim("msg_old")).isTrue();
		assertThat(store.claim("msg_old")).isFalse();
		assertThat(store.cleanUp()).isEqualTo(1);
		assertThat(new JdbcTemplate(db).queryForList("SELECT webhook_id FROM novu_webhook_claims", String.class))
			.containsExactly("msg_old");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void claimsOlderThanTheRetentionAreDeletedOncePerCleanupInterval(String platform) {
		DataSource db = database(platform);
		InMemoryWebhookDeduplicationStoreTests.MovableClock clock = new InMemoryWebhookDeduplicationStoreTests.MovableClock();
		JdbcWebhookDeduplicationStore store = store(db, clock);
		JdbcTemplate jdbc = new JdbcTemplate(db);
		store.claim("msg_a");
		store.claim("msg_b");

		clock.now = clock.now.plus(Duration.ofMinutes(61));
		store.claim("msg_c");
		assertThat(jdbc.queryForList("SELECT webhook_id FROM novu_webhook_claims", String.class)).containsExactly("msg_c");

		clock.now = clock.now.plus(Duration.ofMinutes(61));
		store.claim("msg_d");
		clock.now = clock.now.plus(Duration.ofMinutes(5));
		store.claim("msg_e");
		assertThat(jdbc.queryForList("SELECT webhook_id FROM novu_webhook_claims ORDER BY webhook_id", String.class))
			.as("the second clean-up ran at msg_d; msg_e came within the interval")
			.containsExactly("msg_d", "msg_e");
	}

	@ParameterizedTest
	@ValueSource(strings = { "postgresql", "h2" })
	void concurrentClaimsFromTwoInstancesYieldOneWinnerPerId(String platform) throws Exception {
		DataSource db = database(platform);
		InMemoryWebhookDeduplicationStoreTests.MovableClock clock = new InMemoryWebhookDeduplicationStoreTests.MovableClock();
		JdbcWebhookDeduplicationStore[] instances = { store(db, clock), store(db, clock) };
		int ids = 25;
		int threadsPerId = 4;
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> results = new ArrayList<>();
			for (int id = 0; id < ids; id++) {
				for (int t = 0; t < threadsPerId; t++) {
					JdbcWebhookDeduplicationStore instance = instances[t % 2];
					String webhookId = "msg_race_" + id;
					Callable<Boolean> claim = () -> {
						start.await();
						return instance.claim(webhookId);
					};
					results.add(pool.submit(claim));
				}
			}
			start.countDown();
			int winners = 0;
			for (Future<Boolean> result : results) {
				winners += result.get() ? 1 : 0;
			}
			assertThat(winners).isEqualTo(ids);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
