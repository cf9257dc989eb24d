package io.github.novu4j.client.integrations;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.integrations.Integrations.OAuthUrlRequest;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import io.github.novu4j.client.ContextMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** The seven integration operations added after the seed (rows 46–52 of OPERATIONS-CURRENT.md). */
class IntegrationsCurrentTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void autoConfigureAcceptsThe201NovuSends() {
		// WIRE-FORMAT-CURRENT §H.2: 201, although the OpenAPI document says 200.
		String result = "{\"success\":true,\"message\":\"Webhook registered\",\"integration\":{\"_id\":\"i1\","
				+ "\"providerId\":\"telegram\",\"configurations\":{\"inboundWebhookEnabled\":true}}}";
		novu.stubFor(post("/v1/integrations/65f0c0ffee0000000000aa01/auto-configure")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(result) + "}")));

		Integrations.AutoConfigureResult configured = novu.client().integrations().autoConfigure("65f0c0ffee0000000000aa01");

		assertThat(configured.success()).isTrue();
		RichJson.assertNoFieldLost(configured, result);
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getBody()).isEmpty();
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void createMobileLinkSendsTheOptionalSubscriberAndKeepsTheTokenOutOfToString() {
		String link = "{\"token\":\"tg_secret_token\",\"url\":\"https://novu.co/m/tg_secret_token\","
				+ "\"expiresAt\":\"2026-04-01T10:15:00.000Z\"}";
		novu.stubFor(post("/v1/integrations/telegram-bot/mobile-link")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(link) + "}")));
		NovuClient client = novu.client();

		Integrations.MobileLink withSubscriber = client.integrations().createMobileLink("telegram-bot", "user-42");
		client.integrations().createMobileLink("telegram-bot", null);

		RichJson.assertNoFieldLost(withSubscriber, link);
		assertThat(withSubscriber.toString()).doesNotContain("tg_secret_token").contains("2026-04-01T10:15:00.000Z");
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"subscriberId\":\"user-42\"}", "{}");
	}

	@Test
	void configureWebhookReadsTheRegistration() {
		String configured = "{\"webhookUrl\":\"https://api.novu.co/v1/webhooks/telegram/abc\","
				+ "\"configuredAt\":\"2026-04-01T10:00:00.000Z\",\"botUsername\":\"AcmeBot\"}";
		novu.stubFor(post("/v1/integrations/telegram-bot/webhook/configure")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(configured) + "}")));

		Integrations.WebhookConfiguration webhook = novu.client().integrations().configureWebhook("telegram-bot");

		RichJson.assertNoFieldLost(webhook, configured);
		assertThat(webhook.botUsername()).isEqualTo("AcmeBot");
	}

	@Test
	void linkChannelEndpointSendsIntegrationAndSubscriber() {
		String link = "{\"url\":\"https://t.me/AcmeBot?start=AbCd\",\"providerMetadata\":{\"botUsername\":\"AcmeBot\","
				+ "\"expiresAt\":\"2026-06-23T12:00:00.000Z\"}}";
		novu.stubFor(post("/v1/integrations/channel-endpoints/link")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(link) + "}")));

		Integrations.ChannelEndpointLink result = novu.client().integrations().linkChannelEndpoint("telegram-bot", "user-42");

		RichJson.assertNoFieldLost(result, link);
		assertThat(NovuJson.mapper().readTree(novu.requests().get(0).getBodyAsString())).isEqualTo(
				NovuJson.mapper().readTree("{\"integrationIdentifier\":\"telegram-bot\",\"subscriberId\":\"user-42\"}"));
	}

	@Test
	void theThreeOAuthUrlGeneratorsSendTheirFieldsAndRead201() {
		String url = "{\"url\":\"https://slack.com/oauth/v2/authorize?state=s1\"}";
		for (String path : new String[] { "/v1/integrations/channel-connections/oauth",
				"/v1/integrations/channel-endpoints/oauth", "/v1/integrations/chat/oauth" }) {
			novu.stubFor(post(path).willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(url) + "}")));
		}
		Integrations integrations = novu.client().integrations();

		Integrations.OAuthUrl connect = integrations.generateConnectOAuthUrl(OAuthUrlRequest.builder("slack")
			.connectionIdentifier("slack-acme")
			.context(ContextMap.of("tenant", "org-acme"))
			.scope("chat:write", "channels:read")
			.connectionMode(OAuthUrlRequest.CONNECTION_SHARED)
			.autoLinkUser(false)
			.build());
		Integrations.OAuthUrl linkUser = integrations.generateLinkUserOAuthUrl(OAuthUrlRequest.builder("slack")
			.subscriberId("user-42")
			.userScope("identity.basic")
			.build());
		Integrations.OAuthUrl chat = integrations.generateChatOAuthUrl(OAuthUrlRequest.builder("slack")
			.subscriberId("user-42")
			.mode(OAuthUrlRequest.MODE_LINK_USER)
			.build());

		RichJson.assertNoFieldLost(connect, url);
		assertThat(linkUser.url()).isEqualTo(chat.url()).startsWith("https://slack.com/oauth/v2/authorize");
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"integrationIdentifier\":\"slack\",\"connectionIdentifier\":\"slack-acme\","
					+ "\"context\":{\"tenant\":\"org-acme\"},\"scope\":[\"chat:write\",\"channels:read\"],"
					+ "\"connectionMode\":\"shared\",\"autoLinkUser\":false}",
					"{\"integrationIdentifier\":\"slack\",\"subscriberId\":\"user-42\",\"userScope\":[\"identity.basic\"]}",
					"{\"integrationIdentifier\":\"slack\",\"subscriberId\":\"user-42\",\"mode\":\"link_user\"}");
	}

	@Test
	void aMissingIntegrationIsNotFound() {
		novu.stubFor(post("/v1/integrations/gone/webhook/configure").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-01T10:00:00.000Z\",\"path\":\"/v1/integrations/gone/webhook/configure\","
				+ "\"message\":\"Integration with identifier gone not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.integrations().configureWebhook("gone"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Integration with identifier gone not found"));
	}

	@Test
	void badRequestsFailBeforeAnythingIsSent() {
		Integrations integrations = novu.client().integrations();

		assertThatIllegalArgumentException().isThrownBy(() -> integrations.autoConfigure(" "))
			.withMessageContaining("integrationId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> integrations.createMobileLink("telegram-bot", ""))
			.withMessageContaining("subscriberId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> integrations.linkChannelEndpoint("telegram-bot", null))
			.withMessageContaining("subscriberId must not be null");
		assertThatIllegalArgumentException().isThrownBy(() -> OAuthUrlRequest.builder(" ").build())
			.withMessageContaining("integrationIdentifier must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> OAuthUrlRequest.builder("slack").mode("both").build())
			.withMessageContaining("mode must be 'connect' or 'link_user'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> OAuthUrlRequest.builder("slack").connectionMode("team").build())
			.withMessageContaining("connectionMode must be 'subscriber' or 'shared'");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> integrations.generateLinkUserOAuthUrl(OAuthUrlRequest.builder("slack").build()))
			.withMessageContaining("generateLinkUserOAuthUrl needs a subscriberId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> integrations.generateLinkUserOAuthUrl(
					OAuthUrlRequest.builder("slack").subscriberId("u").scope("chat:write").build()))
			.withMessageContaining("does not take scope");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> integrations.generateConnectOAuthUrl(
					OAuthUrlRequest.builder("slack").mode(OAuthUrlRequest.MODE_CONNECT).build()))
			.withMessageContaining("generateConnectOAuthUrl does not take mode");
		assertThatNullPointerException().isThrownBy(() -> integrations.generateChatOAuthUrl(null));
		assertThat(novu.requests()).isEmpty();
	}

}
