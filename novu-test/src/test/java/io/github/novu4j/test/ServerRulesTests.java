package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.events.TriggerRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static io.github.novu4j.test.LocalNovuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Server rules the documents do not state: the trigger {@code context} (WIRE-FORMAT-CURRENT §F) and the topic key
 * format when a topic is created implicitly (§E), and the assertions by context.
 */
@ExtendWith(LocalNovuExtension.class)
class ServerRulesTests {

	LocalNovu novu;

	NovuClient client;

	@Test
	void aTriggerContextIsRecordedAndAssertedByTypeAndId() {
		this.client.trigger(TriggerRequest.builder("invoice-ready")
			.toSubscriber("ada")
			.context("tenant", "acme", Map.of("name", "Acme"))
			.context("project", "p-1")
			.build());
		this.client.trigger(TriggerRequest.builder("invoice-ready").toSubscriber("ben").build());

		assertThat(this.novu).hasTriggered("invoice-ready").withContext("tenant", "acme").withContext("project", "p-1").to("ada")
			.times(1);
		assertThat(this.novu).hasTriggered("invoice-ready").withoutContext().to("ben").times(1);
		assertThat(this.novu.triggers().get(0).context()).containsExactly(Map.entry("tenant", "acme"),
				Map.entry("project", "p-1"));
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> assertThat(this.novu).hasTriggered("invoice-ready").withContext("tenant", "other"))
			.withMessageContaining("with context tenant:other")
			.withMessageContaining("{tenant=acme, project=p-1}");
	}

	@Test
	void aMalformedContextIs422AndNothingIsTriggered() {
		RawNovu raw = new RawNovu(this.novu);
		String six = "{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\",\"e\":\"5\",\"f\":\"6\"}";
		RawNovu.Answer tooMany = raw.send("POST", "/v1/events/trigger", "{\"name\":\"w\",\"to\":\"a\",\"context\":" + six + "}");
		assertThat(tooMany.status()).isEqualTo(422);
		assertThat(tooMany.json().get("message").asString()).isEqualTo("Validation Error");
		assertThat(tooMany.validationMessages()).containsExactly("context must have between 1 and 5 entries");

		// WIRE-FORMAT-CURRENT §F: the docs' own example, an object without an id, fails.
		RawNovu.Answer noId = raw.send("POST", "/v1/events/trigger/broadcast",
				"{\"name\":\"w\",\"payload\":{},\"context\":{\"branding\":{\"logo\":\"x.png\"}}}");
		assertThat(noId.status()).isEqualTo(422);
		assertThat(noId.validationMessages()).containsExactly("context.branding must be an id or an object with an id");

		RawNovu.Answer badParts = raw.send("POST", "/v1/events/trigger/bulk",
				"{\"events\":[{\"name\":\"w\",\"to\":\"a\",\"payload\":{},\"context\":{\"ten ant\":\"acme!\"}}]}");
		assertThat(badParts.status()).isEqualTo(422);
		assertThat(badParts.validationMessages()).containsExactly(
				"context type 'ten ant' must be 1 to 100 characters of a-z, A-Z, 0-9, _ and -",
				"context.ten ant id must be 1 to 100 characters of a-z, A-Z, 0-9, _ and -");
		assertThat(raw.send("POST", "/v1/events/trigger", "{\"name\":\"w\",\"to\":\"a\",\"context\":{}}").status())
			.isEqualTo(422);
		assertThat(this.novu.triggers()).isEmpty();
	}

	@Test
	void aTopicCreatedImplicitlyNeedsAWellFormedKey() {
		RawNovu raw = new RawNovu(this.novu);
		raw.send("POST", "/v1/subscribers", "{\"subscriberId\":\"ada\"}");
		RawNovu.Answer assign = raw.send("POST", "/v1/topics/bad%20key/subscribers", "{\"subscribers\":[\"ada\"]}");
		assertThat(assign.status()).isEqualTo(400);
		assertThat(assign.json().get("error").asString()).isEqualTo("Bad Request");
		assertThat(assign.json().get("message").asString()).startsWith("Topic key must only contain letters");
		RawNovu.Answer subscribe = raw.send("POST", "/v2/topics/bad%20key/subscriptions", "{\"subscriptions\":[\"ada\"]}");
		assertThat(subscribe.status()).isEqualTo(400);
		assertThat(this.novu.topic("bad key")).isEmpty();

		assertThat(raw.send("POST", "/v2/topics/ada@example.com/subscriptions", "{\"subscriptions\":[\"ada\"]}").status())
			.isEqualTo(201);
		assertThat(this.novu).hasTopic("ada@example.com").withSubscribers("ada");
	}

	@Test
	void topicSubscriptionsAndBulkPreferencesTakeAtMost100Items() {
		// WIRE-FORMAT-CURRENT §E: at most 100 items per topics.subscriptions call (no 500 limit is documented).
		RawNovu raw = new RawNovu(this.novu);
		String ids = String.join(",", java.util.Collections.nCopies(101, "\"ada\""));
		RawNovu.Answer subscriptions = raw.send("POST", "/v2/topics/news/subscriptions", "{\"subscriptions\":[" + ids + "]}");
		assertThat(subscriptions.status()).isEqualTo(422);
		assertThat(subscriptions.validationMessages()).containsExactly("subscriptions must contain between 1 and 100 elements");
		assertThat(this.novu.topic("news")).isEmpty();

		raw.send("POST", "/v2/subscribers", "{\"subscriberId\":\"ada\"}");
		String item = "{\"workflowId\":\"w\",\"channels\":{\"email\":false}}";
		RawNovu.Answer preferences = raw.send("PATCH", "/v2/subscribers/ada/preferences/bulk",
				"{\"preferences\":[" + String.join(",", java.util.Collections.nCopies(101, item)) + "]}");
		assertThat(preferences.status()).isEqualTo(422);
		// Found by the document check: openapi-current.json gives the list maxItems 100.
		assertThat(preferences.validationMessages()).containsExactly("preferences must contain no more than 100 elements");
	}

}
