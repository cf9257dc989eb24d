package io.github.novu4j.test;

import java.util.Set;

import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.integrations.CreateIntegrationRequest;
import io.github.novu4j.client.integrations.Integration;
import io.github.novu4j.client.integrations.IntegrationCredentials;
import io.github.novu4j.client.integrations.Integrations;
import io.github.novu4j.client.integrations.Integrations.OAuthUrlRequest;
import io.github.novu4j.client.integrations.UpdateIntegrationRequest;
import io.github.novu4j.client.subscribers.ChatOauthRequest;
import io.github.novu4j.client.subscribers.ChatOauthResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Integrations (stateful seed operations, the 2026 extras) and the chat OAuth pair against the local Novu. */
class IntegrationRoutesTests extends RoutesTestSupport {

	/**
	 * WIRE-FORMAT §3 and §9: setAsPrimary answers 201 (documented 200). WIRE-FORMAT-CURRENT §H.2: auto-configure
	 * answers 201 (documented 200). WIRE-FORMAT §3: the OAuth pair answers a redirect or HTML, not JSON.
	 */
	@Override
	Set<String> documentedWrong() {
		return Set.of("POST /v1/integrations/{integrationId}/set-primary", "POST /v1/integrations/{integrationId}/auto-configure",
				"GET /v1/subscribers/{subscriberId}/credentials/{providerId}/oauth/callback");
	}

	private Integration create(String providerId, ChannelType channel, String identifier, boolean active) {
		return this.client.integrations()
			.create(CreateIntegrationRequest.builder(providerId, channel).identifier(identifier).active(active)
				.credentials(IntegrationCredentials.builder().apiKey("SG.local").build())
				.build());
	}

	@Test
	void createListActiveUpdateSetAsPrimaryDelete() {
		Integration sendgrid = create("sendgrid", ChannelType.EMAIL, "sendgrid-main", true);
		assertThat(sendgrid.primary()).as("the first active email integration is primary").isTrue();
		assertThat(sendgrid.identifier()).isEqualTo("sendgrid-main");
		assertThat(sendgrid.credentials().asMap()).containsEntry("apiKey", "SG.local");
		Integration mailgun = create("mailgun", ChannelType.EMAIL, "mailgun-backup", true);
		assertThat(mailgun.primary()).isFalse();
		create("slack", ChannelType.CHAT, "slack", false);

		assertThat(this.client.integrations().list()).extracting(Integration::identifier)
			.containsExactly("sendgrid-main", "mailgun-backup", "slack");
		assertThat(this.client.integrations().listActive()).extracting(Integration::identifier)
			.containsExactly("sendgrid-main", "mailgun-backup");

		Integration renamed = this.client.integrations()
			.update(mailgun.id(), UpdateIntegrationRequest.builder().name("Mailgun EU").build());
		assertThat(renamed.name()).isEqualTo("Mailgun EU");

		assertThat(this.client.integrations().setAsPrimary(mailgun.id()).primary()).isTrue();
		assertThat(this.client.integrations().list()).filteredOn(Integration::primary).extracting(Integration::identifier)
			.containsExactly("mailgun-backup");

		assertThat(this.client.integrations().delete(sendgrid.id())).extracting(Integration::identifier)
			.containsExactly("mailgun-backup", "slack");
	}

	@Test
	void webhookSupportDependsOnTheProvider() {
		Integration sendgrid = create("sendgrid", ChannelType.EMAIL, "sendgrid-main", true);
		create("slack", ChannelType.CHAT, "slack", true);
		assertThat(this.client.integrations().webhooks().retrieve(sendgrid.id())).isTrue();
		assertThat(this.client.integrations().webhooks().retrieve("sendgrid")).isTrue();
		assertThat(this.client.integrations().webhooks().retrieve("slack")).isFalse();
		fails(404, "Integration for twilio was not found", () -> this.client.integrations().webhooks().retrieve("twilio"));
	}

	@Test
	void invalidIntegrationCallsGetNovusErrors() {
		Integration sendgrid = create("sendgrid", ChannelType.EMAIL, "sendgrid-main", true);
		fails(409, "Integration with identifier sendgrid-main already exists",
				() -> create("sendgrid", ChannelType.EMAIL, "sendgrid-main", true));
		String unknown = "6761a0000000000000000009";
		fails(404, "Integration with id " + unknown + " not found",
				() -> this.client.integrations().update(unknown, UpdateIntegrationRequest.builder().name("x").build()));
		fails(404, "not found", () -> this.client.integrations().delete(unknown));
		fails(404, "not found", () -> this.client.integrations().setAsPrimary(unknown));
		fails(409, "already exists", () -> this.client.integrations()
			.update(create("mailgun", ChannelType.EMAIL, "mailgun", true).id(),
					UpdateIntegrationRequest.builder().identifier(sendgrid.identifier()).build()));
	}

	@Test
	void extrasAnswerRealisticBodies() {
		Integration telegram = create("telegram", ChannelType.CHAT, "telegram-bot", true);
		create("slack", ChannelType.CHAT, "slack-acme", true);
		Integrations integrations = this.client.integrations();

		Integrations.AutoConfigureResult configured = integrations.autoConfigure(telegram.id());
		assertThat(configured.success()).isTrue();
		Integrations.MobileLink link = integrations.createMobileLink("telegram-bot", "user-42");
		assertThat(link.url()).startsWith("https://t.me/").endsWith("?start=" + link.token());
		assertThat(link.expiresAt()).isNotBlank();
		Integrations.WebhookConfiguration webhook = integrations.configureWebhook("telegram-bot");
		assertThat(webhook.webhookUrl()).contains("/v2/inbound-webhooks/delivery-providers/").endsWith(telegram.id());
		assertThat(integrations.linkChannelEndpoint("telegram-bot", "user-42").url()).startsWith("https://t.me/");

		OAuthUrlRequest oauth = OAuthUrlRequest.builder("slack-acme").subscriberId("user-42").scope("chat:write").build();
		assertThat(integrations.generateChatOAuthUrl(oauth).url())
			.startsWith("https://slack.com/oauth/v2/authorize?client_id=").contains("scope=chat%3Awrite");
		assertThat(integrations.generateConnectOAuthUrl(oauth).url()).startsWith("https://slack.com/oauth/v2/authorize");
		assertThat(integrations.generateLinkUserOAuthUrl(OAuthUrlRequest.builder("slack-acme").subscriberId("user-42").build()).url()).startsWith("https://slack.com/oauth/v2/authorize");
		assertThat(integrations.linkChannelEndpoint("slack-acme", "user-42").url())
			.startsWith("https://slack.com/oauth/v2/authorize");

		fails(404, "Integration with identifier gone not found", () -> integrations.configureWebhook("gone"));
		fails(404, "Integration with identifier gone not found", () -> integrations.createMobileLink("gone", null));
		fails(404, "not found", () -> integrations.autoConfigure("6761a0000000000000000009"));
		fails(400, "OAuth is not supported for provider telegram",
				() -> integrations.generateChatOAuthUrl(OAuthUrlRequest.builder("telegram-bot").build()));
	}

	@Test
	void theChatOauthPairRedirectsWithoutAnApiKeyAndTheCallbackAnswersHtml() {
		// WIRE-FORMAT §3: the pair takes no API key, though openapi-v1.json puts it under ApiKey security.
		this.requestsNotChecked.addAll(Set.of("/v1/subscribers/user-42/credentials/slack/oauth",
				"/v1/subscribers/user-42/credentials/slack/oauth/callback", "/v1/subscribers/user-42/credentials/msteams/oauth"));

		create("slack", ChannelType.CHAT, "slack-acme", true);
		String environmentId = this.client.environments().retrieve().id();
		ChatOauthRequest request = ChatOauthRequest.builder("user-42", "slack")
			.environmentId(environmentId)
			.hmacHash("0a1b2c")
			.integrationIdentifier("slack-acme")
			.build();

		ChatOauthResult redirect = this.client.subscribers().authentication().chatAccessOauth(request);
		assertThat(redirect.isRedirect()).isTrue();
		assertThat(redirect.status()).isEqualTo(302);
		assertThat(redirect.location()).startsWith("https://slack.com/oauth/v2/authorize?client_id=");
		assertThat(this.novu.requests()).filteredOn((r) -> r.path().endsWith("/oauth"))
			.singleElement()
			.satisfies((r) -> assertThat(r.header("Authorization")).as("sent without the key").isNull());

		ChatOauthResult callback = this.client.subscribers().authentication().chatAccessOauthCallBack(request, "code-1");
		assertThat(callback.status()).isEqualTo(200);
		assertThat(callback.html()).isEqualTo("<script>window.close();</script>");

		// With a redirect URL in the integration's credentials, the callback redirects there instead.
		Integration teams = this.client.integrations()
			.create(CreateIntegrationRequest.builder("msteams", ChannelType.CHAT).identifier("teams").active(true)
				.credentials(IntegrationCredentials.builder().put("clientId", "app-7").put("redirectUrl", "https://app.example.com/linked").build())
				.build());
		this.requestsNotChecked.addAll(Set.of("/v1/subscribers/user-42/credentials/msteams/oauth/callback"));
		ChatOauthRequest teamsRequest = ChatOauthRequest.builder("user-42", "msteams").environmentId(environmentId).hmacHash("0a1b2c")
			.integrationIdentifier(teams.identifier()).build();
		assertThat(this.client.subscribers().authentication().chatAccessOauth(teamsRequest).location())
			.startsWith("https://login.microsoftonline.com/common/adminconsent?client_id=app-7");
		ChatOauthResult linked = this.client.subscribers().authentication().chatAccessOauthCallBack(teamsRequest, "code-2");
		assertThat(linked.status()).isEqualTo(302);
		assertThat(linked.location()).isEqualTo("https://app.example.com/linked");

		ChatOauthRequest unknownEnvironment = ChatOauthRequest.of("user-42", "slack", "6761e0000000000000000009", "0a1b2c");
		fails(404, "Environment not found",
				() -> this.client.subscribers().authentication().chatAccessOauth(unknownEnvironment));
		ChatOauthRequest noIntegration = ChatOauthRequest.of("user-42", "discord", environmentId, "0a1b2c");
		this.requestsNotChecked.add("/v1/subscribers/user-42/credentials/discord/oauth");
		fails(404, "Integration not found for provider discord",
				() -> this.client.subscribers().authentication().chatAccessOauth(noIntegration));
	}

}
