package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.wrapped;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Every argument list has an overload without {@code RequestOptions}, and requests with several
 * optional fields have builders (issue 8, item 7): each sends what it should.
 */
class OverloadsAndBuildersTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void retrieveWithTopicsNeedsNoOptions() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42")).willReturn(json(200, wrapped(WireSamples.SUBSCRIBER))));

		Subscriber subscriber = novu.client().subscribers().retrieve("user-42", true);
		novu.client().subscribers().retrieve("user-42", false);

		assertThat(subscriber.topics()).containsExactly("ops", "billing");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42?includeTopics=true", "/v1/subscribers/user-42");
	}

	@Test
	void preferenceListAndRetrieveByLevelWithInactiveChannelsNeedNoOptions() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/preferences"))
			.willReturn(json(200, "{\"data\":[" + WireSamples.WORKFLOW_PREFERENCE + "]}")));
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/preferences/global"))
			.willReturn(json(200, "{\"data\":[" + WireSamples.GLOBAL_PREFERENCE + "]}")));
		SubscriberPreferences preferences = novu.client().subscribers().preferences();

		preferences.list("user-42", true);
		List<SubscriberPreference> global = preferences.retrieveByLevel("user-42", PreferenceLevel.GLOBAL, false);

		assertThat(global).singleElement().satisfies((preference) -> assertThat(preference.isGlobal()).isTrue());
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42/preferences?includeInactiveChannels=true",
					"/v1/subscribers/user-42/preferences/global?includeInactiveChannels=false");
	}

	@Test
	void updatePreferenceBuilderSendsAChannelAndEnabledTogether() {
		novu.stubFor(patch("/v1/subscribers/user-42/preferences/wf-1")
			.willReturn(json(200, wrapped(WireSamples.WORKFLOW_PREFERENCE))));

		novu.client()
			.subscribers()
			.preferences()
			.update("user-42", "wf-1",
					UpdatePreferenceRequest.builder().channel(ChannelType.EMAIL, false).enabled(true).build());

		assertThat(NovuJson.mapper().readTree(novu.requests().get(0).getBodyAsString())).isEqualTo(
				NovuJson.mapper().readTree("{\"channel\":{\"type\":\"email\",\"enabled\":false},\"enabled\":true}"));
		assertThatIllegalArgumentException().isThrownBy(() -> UpdatePreferenceRequest.builder().build());
	}

	@Test
	void messageActionBuilderSendsTheStatusAndPayload() {
		novu.stubFor(post("/v1/subscribers/user-42/messages/msg-1/actions/secondary")
			.willReturn(json(201, wrapped(WireSamples.IN_APP_MESSAGE))));

		novu.client()
			.subscribers()
			.messages()
			.updateAsSeen("user-42", "msg-1", ButtonType.SECONDARY,
					MessageActionRequest.builder(MessageActionStatus.PENDING).payload(Map.of("step", 2)).build());
		novu.client()
			.subscribers()
			.messages()
			.updateAsSeen("user-42", "msg-1", ButtonType.SECONDARY, MessageActionRequest.pending(Map.of("step", 3)));

		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"status\":\"pending\",\"payload\":{\"step\":2}}",
					"{\"status\":\"pending\",\"payload\":{\"step\":3}}");
		assertThat(MessageActionRequest.builder(MessageActionStatus.DONE).build())
			.isEqualTo(MessageActionRequest.done());
	}

	@Test
	void channelCredentialsBuilderSendsEverySetField() {
		novu.stubFor(put("/v1/subscribers/user-42/credentials").willReturn(json(200, wrapped(WireSamples.SUBSCRIBER))));
		ChannelCredentials credentials = ChannelCredentials.builder()
			.webhookUrl("https://oncall.example/hook")
			.channel("#ops")
			.deviceTokens(List.of("t1"))
			.alertUid("a-1")
			.title("Disk")
			.imageUrl("https://img.example/x.png")
			.state("alerting")
			.externalUrl("https://ext.example/x")
			.build();

		novu.client()
			.subscribers()
			.credentials()
			.update("user-42", SubscriberChannel.of("grafana-on-call", credentials));

		assertThat(NovuJson.mapper().readTree(novu.requests().get(0).getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("""
					{"providerId":"grafana-on-call","credentials":{"webhookUrl":"https://oncall.example/hook",
					 "channel":"#ops","deviceTokens":["t1"],"alertUid":"a-1","title":"Disk",
					 "imageUrl":"https://img.example/x.png","state":"alerting","externalUrl":"https://ext.example/x"}}"""));
		assertThat(credentials.toString()).doesNotContain("oncall.example").doesNotContain("a-1");
		assertThat(ChannelCredentials.webhook("https://hooks.example/x"))
			.isEqualTo(ChannelCredentials.builder().webhookUrl("https://hooks.example/x").build());
	}

	@Test
	void chatOauthBuilderSendsTheAuthenticationParameters() {
		novu.stubFor(get(urlPathEqualTo("/v1/subscribers/user-42/credentials/slack/oauth"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "https://slack.com/oauth")));

		ChatOauthRequest request = ChatOauthRequest.builder("user-42", "slack")
			.environmentId("env-1")
			.hmacHash("hmac-secret")
			.integrationIdentifier("slack-main")
			.build();
		novu.client().subscribers().authentication().chatAccessOauth(request);

		assertThat(request).isEqualTo(ChatOauthRequest.of("user-42", "slack", "env-1", "hmac-secret")
			.withIntegrationIdentifier("slack-main"));
		assertThat(novu.requests().get(0).getUrl()).contains("environmentId=env-1")
			.contains("hmacHash=hmac-secret")
			.contains("integrationIdentifier=slack-main");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ChatOauthRequest.builder("user-42", "slack").environmentId("env-1").build())
			.withMessageContaining("hmacHash");
	}

}
