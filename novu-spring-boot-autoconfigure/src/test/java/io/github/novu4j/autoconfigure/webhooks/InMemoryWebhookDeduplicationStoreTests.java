package io.github.novu4j.autoconfigure.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InMemoryWebhookDeduplicationStoreTests {

	/** A clock the test moves. */
	static final class MovableClock extends Clock {

		Instant now = Instant.parse("2026-03-01T12:00:00Z");

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@Test
	void anIdIsClaimedOnceUntilReleasedOrExpired() {
		MovableClock clock = new MovableClock();
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(10, Duration.ofHours(1), clock);

		assertThat(store.claim("msg_1")).isTrue();
		assertThat(store.claim("msg_1")).isFalse();
		store.release("msg_1");
		assertThat(store.claim("msg_1")).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(59));
		assertThat(store.claim("msg_1")).isFalse();
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(store.claim("msg_1")).isTrue();
	}

	@Test
	void theOldestIdsAreForgottenBeyondTheBound() {
		InMemoryWebhookDeduplicationStore store = new InMemoryWebhookDeduplicationStore(3, Duration.ofHours(1),
				new MovableClock());
		for (String id : new String[] { "a", "b", "c", "d" }) {
			assertThat(store.claim(id)).isTrue();
		}

		assertThat(store.size()).isEqualTo(3);
		assertThat(store.claim("d")).isFalse();
		assertThat(store.claim("a")).isTrue();
	}

	@Test
	void badSettingsAreRejected() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryWebhookDeduplicationStore(0, Duration.ofHours(1), Clock.systemUTC()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new InMemoryWebhookDeduplicationStore(1, Duration.ZERO, Clock.systemUTC()));
	}

}
