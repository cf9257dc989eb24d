package io.github.novu4j.test;

import java.time.Duration;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuRateLimitException;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.events.TriggerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Rate limits as Novu plays them (WIRE-FORMAT §6): headers on every authenticated answer, one token bucket per
 * category, bulk calls costing 100, a 429 with {@code Retry-After} when a bucket is empty; generous by default.
 */
@ExtendWith(LocalNovuExtension.class)
class RateLimitTests {

	LocalNovu novu;

	@Test
	void everyAnswerCarriesTheRateLimitHeadersOfItsCategory() {
		RawNovu raw = new RawNovu(this.novu);
		RawNovu.Answer trigger = raw.send("POST", "/v1/events/trigger", "{\"name\":\"w\",\"to\":\"a\"}");
		assertThat(trigger.header("RateLimit-Limit")).isEqualTo("1000000");
		assertThat(Long.parseLong(trigger.header("RateLimit-Remaining"))).isEqualTo(5_499_999L);
		assertThat(trigger.header("RateLimit-Reset")).isEqualTo("1");
		assertThat(trigger.header("RateLimit-Policy"))
			.isEqualTo("1000000;w=5;burst=5500000;comment=\"token bucket\";category=\"trigger\";serverCost=\"1\"");
		assertThat(raw.send("GET", "/v1/subscribers/a", null).header("RateLimit-Policy")).contains("category=\"configuration\"");
		assertThat(raw.send("GET", "/v2/topics/none", null).header("RateLimit-Policy")).contains("category=\"configuration\"");
		RawNovu.Answer global = raw.send("GET", "/v1/environments/me", null);
		assertThat(global.header("RateLimit-Policy")).contains("category=\"global\"");
		assertThat(global.header("RateLimit-Remaining")).isEqualTo("5499999");
		// Errors are throttled too, so they carry the headers as well.
		assertThat(raw.send("GET", "/v1/subscribers/nobody", null).header("RateLimit-Limit")).isNotNull();
	}

	@Test
	void anEmptyBucketAnswers429WithRetryAfterAndOnlyItsCategoryIsLimited() {
		// 1 token per second: a bucket of ceil(1 × 5 s × 1.1) = 6 tokens.
		this.novu.rateLimits(RateLimits.of(1, 1000, 1000));
		RawNovu raw = new RawNovu(this.novu);
		for (int i = 0; i < 6; i++) {
			assertThat(raw.send("POST", "/v1/events/trigger", "{\"name\":\"w\",\"to\":\"a\"}").status()).isEqualTo(201);
		}
		RawNovu.Answer limited = raw.send("POST", "/v1/events/trigger", "{\"name\":\"w\",\"to\":\"a\"}");
		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.json().get("message").asString()).isEqualTo("API rate limit exceeded");
		assertThat(limited.json().has("error")).isFalse();
		assertThat(limited.header("Retry-After")).isEqualTo("1");
		assertThat(limited.header("RateLimit-Remaining")).isEqualTo("0");
		assertThat(this.novu.triggers()).hasSize(6);
		assertThat(raw.send("GET", "/v1/environments/me", null).status()).isEqualTo(200);
	}

	@Test
	void bulkCallsCost100TokensAndTheClientSeesARateLimitException() {
		this.novu.rateLimits(RateLimits.freeTier());
		RawNovu raw = new RawNovu(this.novu);
		String bulk = "{\"events\":[{\"name\":\"w\",\"to\":\"a\",\"payload\":{}}]}";
		// 60 per second: a bucket of 330 tokens takes three bulk triggers, not four.
		for (int i = 0; i < 3; i++) {
			RawNovu.Answer answer = raw.send("POST", "/v1/events/trigger/bulk", bulk);
			assertThat(answer.status()).isEqualTo(201);
			assertThat(answer.header("RateLimit-Policy")).endsWith("serverCost=\"100\"");
		}
		assertThat(raw.send("POST", "/v1/events/trigger/bulk", bulk).status()).isEqualTo(429);

		NovuClient noRetries = NovuClient.builder()
			.apiKey(this.novu.apiKey())
			.baseUrl(this.novu.baseUrl())
			.retry(RetrySettings.disabled())
			.build();
		assertThatExceptionOfType(NovuRateLimitException.class)
			.isThrownBy(() -> noRetries.triggerBulk(java.util.List.of(
					TriggerRequest.builder("w").toSubscriber("a").payload(java.util.Map.of()).build())))
			.satisfies((ex) -> assertThat(ex.getRetryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2)));
	}

	@Test
	void resetRestoresTheGenerousDefault() {
		this.novu.rateLimits(RateLimits.of(1, 1, 1));
		this.novu.reset();
		RawNovu.Answer answer = new RawNovu(this.novu).send("GET", "/v1/environments/me", null);
		assertThat(answer.header("RateLimit-Limit")).isEqualTo("1000000");
	}

}
