package io.github.novu4j.client.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.messages.MessageStatus;
import io.github.novu4j.client.testing.RichJson;
import io.github.novu4j.client.webhooks.NovuWebhookVerificationException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class NovuWebhookEventsTest {

	static NovuWebhookEvent parse(String json) {
		return NovuWebhookEvents.parse(json.getBytes(StandardCharsets.UTF_8));
	}

	static String envelope(String type, String object, String data) {
		return "{\"id\":\"evt_65f0\",\"type\":\"" + type + "\",\"object\":\"" + object + "\",\"data\":" + data
				+ ",\"timestamp\":\"2026-03-01T12:00:00.000Z\",\"environmentId\":\"env-public-id\"}";
	}

	static final String NEW_MESSAGE = """
			{"_id":"6790f1c2a4b3c5d6e7f8a9b0","subscriberId":"customer-42","transactionId":"order-1001",
			 "templateIdentifier":"order-shipped","channel":"email","providerId":"sendgrid","status":"sent",
			 "_notificationId":"n1","_jobId":"j1","createdAt":"2026-03-01T11:59:58.000Z",
			 "updatedAt":"2026-03-01T12:00:00.000Z","subject":"Your order shipped","contextKeys":["tenant:acme"]}""";

	static final String OLD_MESSAGE = """
			{"_id":"m2","subscriber":{"_id":"s-internal","subscriberId":"customer-7","firstName":"Ada"},
			 "channel":"in_app","status":"sent","read":true,"seen":true,"content":"Hello"}""";

	/** One body per event family, in the server's shapes (WIRE-FORMAT-CURRENT §G and §G.1). */
	static List<String> samples() {
		return List.of(envelope("message.delivered", "message", "{\"object\":" + NEW_MESSAGE + "}"),
				envelope("message.read", "message", "{\"object\":" + OLD_MESSAGE + "}"),
				envelope("message.failed", "message",
						"{\"object\":" + NEW_MESSAGE + ",\"error\":{\"message\":\"Mailbox unavailable\"}}"),
				envelope("message.failed", "message", "{\"object\":{\"_id\":\"m3\",\"channel\":\"push\",\"status\":\"error\"},"
						+ "\"error\":{\"message\":\"Unregistered\",\"push\":{\"reason\":\"token_invalid\",\"deviceToken\":\"fcm-token-1\"}}}"),
				envelope("workflow.updated", "workflow",
						"{\"object\":{\"_id\":\"w1\",\"workflowId\":\"order-shipped\",\"name\":\"Order shipped\",\"active\":true,"
								+ "\"tags\":[\"orders\"],\"steps\":[{\"type\":\"email\",\"stepId\":\"email\"}],\"origin\":\"novu-cloud\"},"
								+ "\"previousObject\":{\"_id\":\"w1\",\"triggers\":[{\"identifier\":\"order-shipped\"}],\"active\":false}}"),
				envelope("workflow.created", "workflow", "{\"object\":{\"_id\":\"w2\",\"workflowId\":\"welcome\",\"name\":\"Welcome\"}}"),
				envelope("preference.updated", "preference",
						"{\"object\":{\"level\":\"template\",\"preferences\":{\"all\":{\"enabled\":true}}},\"subscriberId\":\"customer-42\"}"),
				envelope("email.received", "email_inbound",
						"{\"domain\":{\"id\":\"d1\",\"name\":\"in.example.com\"},\"route\":{\"address\":\"support\"},"
								+ "\"mail\":{\"from\":[{\"address\":\"ada@example.com\",\"name\":\"Ada\"}],"
								+ "\"to\":[{\"address\":\"support@in.example.com\",\"name\":\"\"}],\"subject\":\"Help\","
								+ "\"text\":\"Hi\",\"messageId\":\"<1@example.com>\"}}"),
				envelope("subscriber.created", "subscriber", "{\"object\":{\"subscriberId\":\"new-one\"},\"extra\":[1,2]}"));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void noMemberIsLostAndUnknownMembersAreKept(String json) {
		RichJson.assertNoFieldLost(parse(json), json);
		String withUnknown = RichJson.withUnknownFields(json);
		RichJson.assertNoFieldLost(parse(withUnknown), withUnknown);
	}

	@Test
	void aDeliveredMessageInTheNewShapeNamesItsSubscriberAtTheTop() {
		NovuWebhookEvent event = parse(samples().get(0));

		assertThat(event).isInstanceOfSatisfying(NovuMessageEvent.class, (message) -> {
			assertThat(message.id()).isEqualTo("evt_65f0");
			assertThat(message.object()).isEqualTo("message");
			assertThat(message.environmentId()).isEqualTo("env-public-id");
			assertThat(message.timestamp()).isEqualTo("2026-03-01T12:00:00.000Z");
			WebhookMessage m = message.data().object();
			assertThat(m.recipientId()).isEqualTo("customer-42");
			assertThat(m.transactionId()).isEqualTo("order-1001");
			assertThat(m.channel()).isEqualTo(ChannelType.EMAIL);
			assertThat(m.status()).isEqualTo(MessageStatus.SENT);
			assertThat(m.additionalProperties()).containsEntry("subject", "Your order shipped");
			assertThat(message.data().error()).isNull();
		});
	}

	@Test
	void anOlderMessageNestsItsSubscriber() {
		NovuMessageEvent event = (NovuMessageEvent) parse(samples().get(1));

		assertThat(event.type()).isEqualTo(WebhookEventType.MESSAGE_READ);
		assertThat(event.data().object().subscriberId()).isNull();
		assertThat(event.data().object().recipientId()).isEqualTo("customer-7");
	}

	@Test
	void anEmailFailureCarriesOnlyAMessageAndAPushFailureItsReason() {
		NovuMessageEvent email = (NovuMessageEvent) parse(samples().get(2));
		NovuMessageEvent push = (NovuMessageEvent) parse(samples().get(3));

		assertThat(email.data().error().message()).isEqualTo("Mailbox unavailable");
		assertThat(email.data().error().push()).isNull();
		assertThat(push.data().error().push().isTokenInvalid()).isTrue();
		assertThat(push.data().error().push().deviceToken()).isEqualTo("fcm-token-1");
		assertThat(push.data().error().push().toString()).doesNotContain("fcm-token-1");
	}

	@Test
	void aWorkflowUpdateKeepsThePreviousRecordAsItCame() {
		NovuWorkflowEvent updated = (NovuWorkflowEvent) parse(samples().get(4));
		NovuWorkflowEvent created = (NovuWorkflowEvent) parse(samples().get(5));

		assertThat(updated.data().object().workflowId()).isEqualTo("order-shipped");
		assertThat(updated.data().object().tags()).containsExactly("orders");
		assertThat(updated.data().previousObject()).containsEntry("active", false).containsKey("triggers");
		assertThat(created.data().previousObject()).isNull();
	}

	@Test
	void aPreferenceUpdateNamesTheSubscriber() {
		NovuPreferenceEvent event = (NovuPreferenceEvent) parse(samples().get(6));

		assertThat(event.data().subscriberId()).isEqualTo("customer-42");
		assertThat(event.data().object()).containsEntry("level", "template");
	}

	@Test
	void anEmailInTheOlderShapeHasOneSender() {
		String json = samples().get(7).replace("\"from\":[{\"address\":\"ada@example.com\",\"name\":\"Ada\"}]",
				"\"from\":{\"address\":\"ada@example.com\",\"name\":\"Ada\"}");
		assertThat(json).contains("\"from\":{");
		NovuEmailReceivedEvent event = (NovuEmailReceivedEvent) parse(json);

		assertThat(event.data().domain().name()).isEqualTo("in.example.com");
		assertThat(event.data().route().address()).isEqualTo("support");
		assertThat(event.data().mail().from()).extracting(InboundEmail.Address::address).containsExactly("ada@example.com");
		assertThat(event.data().mail().subject()).isEqualTo("Help");
	}

	@Test
	void anEmailInTheNewerWrappedShapeHasSeveralSenders() {
		String json = envelope("email.received", "email_inbound",
				"{\"object\":{\"domain\":{\"id\":\"d1\",\"name\":\"in.example.com\"},\"route\":{\"address\":\"support\"},"
						+ "\"mail\":{\"from\":[{\"address\":\"a@example.com\",\"name\":\"A\"},{\"address\":\"b@example.com\",\"name\":\"B\"}],"
						+ "\"to\":[],\"subject\":\"Hi\",\"messageId\":\"<2@example.com>\"}}}");

		NovuEmailReceivedEvent event = (NovuEmailReceivedEvent) parse(json);

		assertThat(event.data().domain().id()).isEqualTo("d1");
		assertThat(event.data().mail().from()).extracting(InboundEmail.Address::address)
			.containsExactly("a@example.com", "b@example.com");
		assertThat(event.data().additionalProperties()).doesNotContainKey("object");
	}

	@Test
	void anUnknownTypeIsAGenericEventNotAnError() {
		NovuWebhookEvent event = parse(samples().get(8));

		assertThat(event).isInstanceOfSatisfying(NovuUnknownEvent.class, (unknown) -> {
			assertThat(unknown.type().value()).isEqualTo("subscriber.created");
			assertThat(unknown.data()).containsKey("object").containsEntry("extra", List.of(1, 2));
		});
		assertThat(parse("{\"type\":\"brand.new\"}")).isInstanceOfSatisfying(NovuUnknownEvent.class,
				(unknown) -> assertThat(unknown.data()).isEmpty());
	}

	@Test
	void thePluralSpellingOfTheDocsIsAMessageEvent() {
		assertThat(parse(envelope("messages.seen", "message", "{\"object\":{\"_id\":\"m1\"}}")))
			.isInstanceOf(NovuMessageEvent.class);
	}

	/** Every type in x-webhooks of openapi-current.json maps to its family's class. */
	@Test
	void everyDocumentedTypeHasItsClass() throws IOException {
		JsonNodeHolder spec = JsonNodeHolder.load();
		List<String> types = new ArrayList<>();
		spec.root.get("x-webhooks").propertyNames().forEach(types::add);
		assertThat(types).hasSize(17);
		Map<String, Class<?>> classes = Map.of("message", NovuMessageEvent.class, "workflow", NovuWorkflowEvent.class,
				"preference", NovuPreferenceEvent.class, "email", NovuEmailReceivedEvent.class);
		for (String type : types) {
			String family = type.substring(0, type.indexOf('.'));
			String data = family.equals("email") ? "{\"domain\":{\"id\":\"d\"},\"mail\":{\"from\":[],\"to\":[]}}"
					: "{\"object\":{\"_id\":\"x\"},\"subscriberId\":\"s\"}";
			assertThat(parse(envelope(type, family, data))).as(type).isInstanceOf(classes.get(family));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "[]", "{}", "{\"type\":7}", "{\"type\":\"message.sent\"}",
			"{\"type\":\"message.sent\",\"data\":{}}", "{\"type\":\"workflow.created\",\"data\":[]}" })
	void aBodyThatIsNotAnEventIsMalformed(String body) {
		assertThatExceptionOfType(NovuWebhookVerificationException.class).isThrownBy(() -> parse(body))
			.extracting(NovuWebhookVerificationException::getReason)
			.isEqualTo(Reason.MALFORMED_PAYLOAD);
	}

	@Test
	void eventsSerializeBackToTheirJson() {
		String json = samples().get(0);
		String written = NovuJson.mapper().writeValueAsString(parse(json));

		assertThat(NovuJson.mapper().readTree(written)).isEqualTo(NovuJson.mapper().readTree(json));
	}

	private static final class JsonNodeHolder {

		final tools.jackson.databind.JsonNode root;

		private JsonNodeHolder(tools.jackson.databind.JsonNode root) {
			this.root = root;
		}

		static JsonNodeHolder load() throws IOException {
			try (InputStream in = NovuWebhookEventsTest.class.getResourceAsStream("/openapi/openapi-current.json")) {
				return new JsonNodeHolder(NovuJson.mapper().readTree(in));
			}
		}

	}

}
