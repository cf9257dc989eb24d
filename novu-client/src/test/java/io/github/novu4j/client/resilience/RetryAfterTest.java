package io.github.novu4j.client.resilience;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.NovuApiException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link NovuApiException#getRetryAfter()}: seconds or an HTTP date, and nonsense ignored.
 */
class RetryAfterTest {

	@Test
	void readsSeconds() {
		assertThat(retryAfter("1")).isEqualTo(Duration.ofSeconds(1));
		assertThat(retryAfter(" 30 ")).isEqualTo(Duration.ofSeconds(30));
		assertThat(retryAfter("0")).isEqualTo(Duration.ZERO);
		assertThat(retryAfter("-5")).isEqualTo(Duration.ZERO);
		assertThat(retryAfter("9223372036854775807")).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
	}

	@Test
	void readsAnHttpDate() {
		String inTenSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(10));

		assertThat(retryAfter(inTenSeconds)).isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
		assertThat(retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).as("in the past").isEqualTo(Duration.ZERO);
	}

	@Test
	void ignoresWhatItCannotRead() {
		assertThat(retryAfter(null)).isNull();
		assertThat(retryAfter("")).isNull();
		assertThat(retryAfter("soon")).isNull();
		assertThat(retryAfter("1.5")).isNull();
	}

	private static @Nullable Duration retryAfter(@Nullable String value) {
		Map<String, List<String>> headers = (value != null) ? Map.of("retry-after", List.of(value)) : Map.of();
		return NovuApiException.create(new NovuApiException.Details("events.trigger", "POST", "/v1/events/trigger", 429,
				List.of("API rate limit exceeded"), null, null, null, List.of(), headers, "", true))
			.getRetryAfter();
	}

}
