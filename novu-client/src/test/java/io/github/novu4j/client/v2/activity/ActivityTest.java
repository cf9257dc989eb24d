package io.github.novu4j.client.v2.activity;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ActivityTest {

	private static final String PATH = "/v2/inbound-webhooks/delivery-providers/6790e0000000000000000001/6790e0000000000000000002";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void trackPostsTheProviderPayloadAndReadsTheEventsOfTheEnvelopedArray() {
		String results = "[{\"id\":\"6790f0000000000000000001\",\"event\":{\"status\":\"delivered\","
				+ "\"date\":\"2026-04-01T10:00:00.000Z\",\"externalId\":\"sg-msg-1\",\"attempts\":1,"
				+ "\"response\":\"250 OK\",\"row\":\"{\\\"event\\\":\\\"delivered\\\"}\"}}]";
		novu.stubFor(post(PATH).willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(results) + "}")));

		List<WebhookResult> events = novu.client().v2().activity().track("6790e0000000000000000001",
				"6790e0000000000000000002", Map.of("event", "delivered", "sg_message_id", "sg-msg-1"));

		RichJson.assertNoFieldLost(events, results);
		assertThat(events).singleElement().satisfies((result) -> {
			assertThat(result.event().status()).isEqualTo("delivered");
			assertThat(result.event().attempts()).isEqualTo(1);
		});
		LoggedRequest request = novu.requests().get(0);
		assertThat(novu.requests()).hasSize(1);
		assertThat(request.getHeader("Authorization")).isEqualTo("ApiKey " + MockNovu.API_KEY);
		assertThat(request.getHeader("Content-Type")).startsWith("application/json");
		assertThat(SentBody.of(request)).containsEntry("event", "delivered").containsEntry("sg_message_id", "sg-msg-1");
	}

	@Test
	void anUnknownIntegrationIsNotFound() {
		novu.stubFor(post(PATH).willReturn(json(404, "{\"statusCode\":404,\"timestamp\":\"2026-04-01T10:00:00.000Z\","
				+ "\"path\":\"" + PATH + "\",\"message\":\"Integration not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().activity().track("6790e0000000000000000001", "6790e0000000000000000002", Map.of()))
			.withMessageContaining("activity.track")
			.withMessageContaining("Integration not found");
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		var activity = novu.client().v2().activity();

		assertThatIllegalArgumentException().isThrownBy(() -> activity.track(" ", "i", Map.of()))
			.withMessageContaining("environmentId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> activity.track("e", "..", Map.of()))
			.withMessageContaining("integrationId");
		assertThatNullPointerException().isThrownBy(() -> activity.track("e", "i", null));
		assertThat(novu.requests()).isEmpty();
	}

	/** Reads a request body back as a map. */
	private static final class SentBody {

		@SuppressWarnings("unchecked")
		static Map<String, Object> of(LoggedRequest request) {
			return io.github.novu4j.client.internal.NovuJson.mapper().readValue(request.getBodyAsString(), Map.class);
		}

	}

}
