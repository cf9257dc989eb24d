package io.github.novu4j.client.subscribers;

import java.util.List;

import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.messages.Message;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.wrapped;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of rich, real-shaped bodies with unknown fields added at every level: no field the body
 * had is lost; and secrets never show in {@code toString()}.
 */
class SubscriberModelsTest {

	private static final List<String> SECRETS = List.of("SLACKSECRET", "TOKENSECRET1", "TOKENSECRET2", "ONCALLSECRET",
			"ALERTSECRET", "EXTSECRET", "WEBHOOKSECRET", "DEVICESECRET", "hmac-secret");

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void aRichSubscriberLosesNoField() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42"))
			.willReturn(json(200, wrapped(RichJson.withUnknownFields(WireSamples.SUBSCRIBER)))));

		Subscriber subscriber = novu.client().subscribers().retrieve("user-42");

		RichJson.assertNoFieldLost(subscriber, WireSamples.SUBSCRIBER);
		assertThat(subscriber.id()).isEqualTo("6581c0ffee");
		assertThat(subscriber.version()).isEqualTo(3);
		assertThat(subscriber.channels().get(0).integrationId()).isEqualTo("int-1");
		assertThat(subscriber.data()).containsKey("address");
	}

	@Test
	void aRichFeedPageLosesNoField() {
		String page = "{\"data\":[" + WireSamples.IN_APP_MESSAGE + "],\"totalCount\":1,\"hasMore\":false,\"pageSize\":10,\"page\":0}";
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/notifications/feed"))
			.willReturn(json(200, RichJson.withUnknownFields(page))));

		io.github.novu4j.client.Page<Message> first = novu.client().subscribers().notifications().retrieve("user-42").firstPage();

		RichJson.assertNoFieldLost(first, page);
		assertThat(first.data().get(0).internalSubscriberId()).isEqualTo("6581c0ffee");
		assertThat(first.data().get(0).subscriber().subscriberId()).isEqualTo("user-42");
	}

	@Test
	void richPreferencesLoseNoField() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/preferences")).willReturn(json(200,
				wrapped(RichJson.withUnknownFields("[" + WireSamples.WORKFLOW_PREFERENCE + "," + WireSamples.GLOBAL_PREFERENCE + "]")))));

		List<SubscriberPreference> preferences = novu.client().subscribers().preferences().list("user-42");

		RichJson.assertNoFieldLost(preferences, "[" + WireSamples.WORKFLOW_PREFERENCE + "," + WireSamples.GLOBAL_PREFERENCE + "]");
		assertThat(preferences.get(0).template().triggers().get(0).variables()).hasSize(1);
		assertThat(preferences.get(1).isGlobal()).isTrue();
	}

	@Test
	void writtenModelsCarryNoHelperProperties() {
		SubscriberPreference global = NovuJson.mapper().readValue(WireSamples.GLOBAL_PREFERENCE, SubscriberPreference.class);
		BulkCreateSubscribersResult empty = BulkCreateSubscribersResult.empty();

		assertThat(NovuJson.mapper().writeValueAsString(global)).doesNotContain("global");
		assertThat(NovuJson.mapper().writeValueAsString(empty)).isEqualTo("{\"created\":[],\"updated\":[],\"failed\":[]}");
	}

	@Test
	void toStringNeverShowsCredentials() {
		Subscriber subscriber = NovuJson.mapper().readValue(WireSamples.SUBSCRIBER, Subscriber.class);
		Message message = NovuJson.mapper().readValue(WireSamples.IN_APP_MESSAGE, Message.class);
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
		assertThat(oauth.toString()).contains("hmacHash=<redacted>");
	}

}
