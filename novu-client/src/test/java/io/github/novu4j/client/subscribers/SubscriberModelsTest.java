package io.github.novu4j.client.subscribers;

import java.util.List;

import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.documented;
import static io.github.novu4j.client.subscribers.WireSamples.written;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of rich, real-shaped bodies: a model read from the wire and written back must equal the
 * body without its unknown fields, so no documented (or real but undocumented) field is lost; and
 * secrets never show in {@code toString()}.
 */
class SubscriberModelsTest {

	private static final List<String> SECRETS = List.of("SLACKSECRET", "TOKENSECRET1", "TOKENSECRET2", "ONCALLSECRET",
			"ALERTSECRET", "EXTSECRET", "WEBHOOKSECRET", "DEVICESECRET", "hmac-secret");

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void aRichSubscriberLosesNoField() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42")).willReturn(json(200,
				WireSamples.wrapped(WireSamples.SUBSCRIBER))));

		Subscriber subscriber = novu.client().subscribers().retrieve("user-42");

		assertThat(written(subscriber)).isEqualTo(documented(WireSamples.SUBSCRIBER, WireSamples.SUBSCRIBER_UNKNOWN));
		assertThat(subscriber.id()).isEqualTo("6581c0ffee");
		assertThat(subscriber.version()).isEqualTo(3);
		assertThat(subscriber.organizationId()).isEqualTo("org-1");
		assertThat(subscriber.data()).containsKey("address");
	}

	@Test
	void aRichFeedMessageLosesNoField() {
		SubscriberMessage message = NovuJson.mapper().readValue(WireSamples.IN_APP_MESSAGE, SubscriberMessage.class);

		assertThat(written(message)).isEqualTo(documented(WireSamples.IN_APP_MESSAGE, WireSamples.MESSAGE_UNKNOWN));
		assertThat(message.subscriberInternalId()).isEqualTo("6581c0ffee");
		assertThat(message.template().triggers().get(0).subscriberVariables()).extracting(WorkflowSummary.Variable::name)
			.containsExactly("email");
		assertThat(message.actor().type()).isEqualTo("system_icon");
	}

	@Test
	void richPreferencesLoseNoField() {
		SubscriberPreference workflow = NovuJson.mapper().readValue(WireSamples.WORKFLOW_PREFERENCE, SubscriberPreference.class);
		SubscriberPreference global = NovuJson.mapper().readValue(WireSamples.GLOBAL_PREFERENCE, SubscriberPreference.class);

		assertThat(written(workflow)).isEqualTo(documented(WireSamples.WORKFLOW_PREFERENCE, "level"));
		assertThat(written(global)).isEqualTo(documented(WireSamples.GLOBAL_PREFERENCE));
	}

	@Test
	void nullsAndUnknownEnumValuesAreAccepted() {
		SubscriberMessage message = NovuJson.mapper().readValue("{\"_id\":\"m\",\"channel\":\"whatsapp\",\"status\":\"queued\","
				+ "\"content\":null,\"cta\":{\"type\":\"redirect\",\"data\":{\"url\":null},\"action\":{\"status\":\"snoozed\","
				+ "\"buttons\":[{\"type\":\"tertiary\",\"content\":\"?\"}]}},\"subscriber\":null,\"_feedId\":null,"
				+ "\"read\":null,\"payload\":null}", SubscriberMessage.class);

		assertThat(message.channel()).isEqualTo(ChannelType.of("whatsapp"));
		assertThat(message.status().value()).isEqualTo("queued");
		assertThat(message.cta().action().status().value()).isEqualTo("snoozed");
		assertThat(message.cta().action().buttons().get(0).type().value()).isEqualTo("tertiary");
		assertThat(message.content()).isNull();
		assertThat(message.read()).isNull();
	}

	@Test
	void toStringNeverShowsCredentials() {
		Subscriber subscriber = NovuJson.mapper().readValue(WireSamples.SUBSCRIBER, Subscriber.class);
		SubscriberMessage message = NovuJson.mapper().readValue(WireSamples.IN_APP_MESSAGE, SubscriberMessage.class);
		ChatOauthRequest oauth = ChatOauthRequest.of("user-42", "slack", "env-1", "hmac-secret-123");
		CreateSubscriberRequest request = CreateSubscriberRequest.builder("user-42")
			.channel(SubscriberChannel.of("slack", ChannelCredentials.webhook("https://hooks.example/SLACKSECRET")))
			.channel(SubscriberChannel.of("fcm", ChannelCredentials.deviceTokens(List.of("TOKENSECRET1"))))
			.build();

		for (Object model : List.of(subscriber, subscriber.channels(), message, oauth, request)) {
			String text = model.toString();
			assertThat(SECRETS).noneSatisfy((secret) -> assertThat(text).contains(secret));
		}
		assertThat(subscriber.toString()).contains("user-42").contains("<redacted>").contains("2 redacted");
		assertThat(message.toString()).contains("msg-1").contains("directWebhookUrl=<redacted>");
		assertThat(oauth.toString()).contains("hmacHash=<redacted>");
	}

}
