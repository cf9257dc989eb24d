package io.github.novu4j.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.novu4j.client.events.BroadcastRequest;
import io.github.novu4j.client.events.SubscriberRecipient;
import io.github.novu4j.client.events.Tenant;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.events.TriggerStatus;
import io.github.novu4j.client.integrations.Integration;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.subscribers.ChannelCredentials;
import io.github.novu4j.client.subscribers.CreateSubscriberRequest;
import io.github.novu4j.client.subscribers.Subscriber;
import io.github.novu4j.client.subscribers.SubscriberChannel;
import io.github.novu4j.client.topics.CreateTopicRequest;
import io.github.novu4j.client.topics.Topic;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DTOs carry only {@code com.fasterxml.jackson.annotation} annotations, so an application that maps
 * them with Jackson 2 (say, in its own REST API or cache) gets the same JSON as the client's Jackson 3
 * mapper sends, and reads Novu's answers into the same values.
 */
class Jackson2CompatibilityTest {

	private final ObjectMapper jackson2 = new ObjectMapper().findAndRegisterModules()
		.setSerializationInclusion(JsonInclude.Include.NON_NULL)
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

	@Test
	void requestsSerializeTheSameUnderJackson2AndJackson3() throws Exception {
		List<Object> requests = List.of(
				TriggerRequest.builder("order-shipped")
					.toSubscriber("user-42")
					.to(io.github.novu4j.client.events.Recipient.subscriber(SubscriberRecipient.builder("user-43")
						.email("ada@example.com")
						.data(Map.of("plan", "pro"))
						.channel(new SubscriberChannel("slack", null, ChannelCredentials.webhook("https://hooks.example/x")))
						.build()))
					.toTopic("ops-team")
					.payload(Map.of("orderId", 1234))
					.actor("user-1")
					.tenant(Tenant.of("acme", "Acme", Map.of("tier", "gold")))
					.build(),
				BroadcastRequest.builder("maintenance", Map.of("at", "22:00")).build(),
				CreateSubscriberRequest.builder("user-42").email("ada@example.com").build(),
				CreateTopicRequest.of("ops-team", "Operations"));

		for (Object request : requests) {
			String viaJackson3 = NovuJson.mapper().writeValueAsString(request);
			String viaJackson2 = this.jackson2.writeValueAsString(request);

			assertThat(this.jackson2.readTree(viaJackson2)).as(request.getClass().getSimpleName())
				.isEqualTo(this.jackson2.readTree(viaJackson3));
			assertThat(viaJackson2).doesNotContain("null");
		}
	}

	@Test
	void responsesDeserializeToEqualValuesUnderJackson2AndJackson3() throws Exception {
		assertSameUnderBoth("{\"acknowledged\":true,\"status\":\"invalid_recipients\",\"error\":[\"x\"],"
				+ "\"transactionId\":\"tx\",\"addedLater\":1}", TriggerResult.class);
		assertSameUnderBoth("{\"_id\":\"s1\",\"subscriberId\":\"user-42\",\"firstName\":\"Ada\",\"email\":\"ada@example.com\","
				+ "\"data\":{\"plan\":\"pro\",\"seats\":3},\"channels\":[{\"providerId\":\"fcm\",\"credentials\":"
				+ "{\"deviceTokens\":[\"t1\"]}}],\"isOnline\":true,\"deleted\":false,\"addedLater\":{}}", Subscriber.class);
		assertSameUnderBoth("{\"_id\":\"t1\",\"key\":\"ops\",\"name\":\"Ops\",\"subscribers\":[\"a\",\"b\"],\"addedLater\":[]}",
				Topic.class);
		assertSameUnderBoth("{\"_id\":\"i1\",\"providerId\":\"sendgrid\",\"channel\":\"email\",\"credentials\":"
				+ "{\"apiKey\":\"secret\"},\"active\":true,\"primary\":true,\"createdAt\":\"2024-11-01T08:00:00.000Z\","
				+ "\"conditions\":[{\"type\":\"GROUP\",\"value\":\"AND\",\"children\":[{\"field\":\"identifier\","
				+ "\"value\":\"acme\",\"operator\":\"EQUAL\",\"on\":\"tenant\"}]}]}", Integration.class);

		TriggerResult result = this.jackson2.readValue("{\"status\":\"new_status_2030\"}", TriggerResult.class);
		assertThat(result.status()).isEqualTo(TriggerStatus.of("new_status_2030"));
	}

	@Test
	void unmodelledMembersAreKeptAndWrittenBackUnderJackson2Too() throws Exception {
		String json = "{\"_id\":\"s1\",\"subscriberId\":\"user-42\",\"channels\":[{\"providerId\":\"fcm\","
				+ "\"credentials\":{\"deviceTokens\":[\"t1\"],\"newToken\":\"x\"},\"addedLater\":true}],"
				+ "\"addedLater\":{\"nested\":[1,2]}}";

		Subscriber viaJackson2 = this.jackson2.readValue(json, Subscriber.class);

		assertThat(viaJackson2.additionalProperties()).containsEntry("addedLater", Map.of("nested", List.of(1, 2)));
		assertThat(viaJackson2.channels().get(0).additionalProperties()).containsEntry("addedLater", true);
		assertThat(viaJackson2.channels().get(0).credentials().additionalProperties()).containsEntry("newToken", "x");
		assertThat(this.jackson2.readTree(this.jackson2.writeValueAsString(viaJackson2)))
			.isEqualTo(this.jackson2.readTree(json));
		assertThat(viaJackson2).isEqualTo(NovuJson.mapper().readValue(json, Subscriber.class));
	}

	private <T> void assertSameUnderBoth(String json, Class<T> type) throws Exception {
		T viaJackson3 = NovuJson.mapper().readValue(json, type);
		T viaJackson2 = this.jackson2.readValue(json, type);

		assertThat(viaJackson2).as(type.getSimpleName()).isEqualTo(viaJackson3);
		assertThat(viaJackson2).as(type.getSimpleName()).hasNoNullFieldsOrPropertiesExcept(nullableFieldsOf(json, type));
	}

	/** Components absent from the sample may be null; every one the sample sets must have been read. */
	private static String[] nullableFieldsOf(String json, Class<?> type) {
		return java.util.Arrays.stream(type.getRecordComponents())
			.filter((component) -> {
				com.fasterxml.jackson.annotation.JsonProperty property = component
					.getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
				String wireName = (property != null) ? property.value() : component.getName();
				return !json.contains("\"" + wireName + "\":");
			})
			.map(java.lang.reflect.RecordComponent::getName)
			.toArray(String[]::new);
	}

}
