package io.github.novu4j.client.subscribers;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.subscribers.WireSamples.wrapped;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@code subscribers().credentials()} and {@code subscribers().authentication()}. */
class SubscriberCredentialsTest {

	private static final String OAUTH = "/v1/subscribers/user-42/credentials/slack/oauth";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void updatePutsTheProviderAndItsCredentials() {
		novu.stubFor(put("/v1/subscribers/user-42/credentials").willReturn(json(200, wrapped(WireSamples.SUBSCRIBER))));

		Subscriber subscriber = novu.client()
			.subscribers()
			.credentials()
			.update("user-42", new SubscriberChannel("slack", "slack-main",
					ChannelCredentials.builder()
						.webhookUrl("https://hooks.slack.com/services/T0/B0/X")
						.channel("#general")
						.build(), "ignored-output-field", null));

		assertThat(subscriber.channels().get(0).credentials().webhookUrl())
			.isEqualTo("https://hooks.slack.com/services/T0/B0/SLACKSECRET");
		assertThat(subscriber.channels().get(0).integrationId()).isEqualTo("int-1");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PUT");
		assertThat(request.getHeader("Idempotency-Key")).isNull();
		assertThat(request.getBodyAsString()).isEqualTo("{\"providerId\":\"slack\",\"integrationIdentifier\":\"slack-main\","
				+ "\"credentials\":{\"webhookUrl\":\"https://hooks.slack.com/services/T0/B0/X\",\"channel\":\"#general\"}}");
	}

	@Test
	void appendPatchesDeviceTokensOfAPushProvider() {
		// A push channel has deviceTokens and no webhookUrl, which the document marks required
		// (WIRE-FORMAT §9: channel credentials); the server takes it as sent here.
		novu.skipRequestValidationForThisTest();
		novu.stubFor(patch(urlPathEqualTo("/v1/subscribers/user-42/credentials"))
			.willReturn(json(200, wrapped(WireSamples.SUBSCRIBER))));

		Subscriber subscriber = novu.client()
			.subscribers()
			.credentials()
			.append("user-42", SubscriberChannel.of("fcm", ChannelCredentials.deviceTokens(List.of("TOKEN-NEW"))));

		assertThat(subscriber.channels().get(1).credentials().deviceTokens()).containsExactly("TOKENSECRET1", "TOKENSECRET2");
		assertThat(subscriber.channels().get(1).credentials().webhookUrl()).isNull();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("PATCH");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		assertThat(request.getBodyAsString())
			.isEqualTo("{\"providerId\":\"fcm\",\"credentials\":{\"deviceTokens\":[\"TOKEN-NEW\"]}}");
	}

	@Test
	void deleteRemovesAProvidersCredentialsAndAccepts204() {
		novu.stubFor(delete("/v1/subscribers/user-42/credentials/slack").willReturn(aResponse().withStatus(204)));
		novu.stubFor(delete("/v1/subscribers/nobody/credentials/slack").willReturn(json(404,
				"{\"statusCode\":404,\"message\":\"Subscriber not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		client.subscribers().credentials().delete("user-42", "slack");

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.subscribers().credentials().delete("nobody", "slack"))
			.withMessageContaining("subscribers.credentials.delete");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/subscribers/user-42/credentials/slack", "/v1/subscribers/nobody/credentials/slack");
	}

	@Test
	void chatAccessOauthReturnsTheRedirectWithoutFollowingItOrSendingTheApiKey() {
		String landing = novu.baseUrl() + "/provider-authorize?client_id=abc";
		novu.stubFor(get(urlPathEqualTo(OAUTH)).willReturn(aResponse().withStatus(302).withHeader("Location", landing)));
		novu.stubFor(get(urlPathEqualTo("/provider-authorize")).willReturn(aResponse().withStatus(200).withBody("followed")));

		ChatOauthResult result = novu.client()
			.subscribers()
			.authentication()
			.chatAccessOauth(ChatOauthRequest.of("user-42", "slack", "env-1", "hmac-secret-123")
				.withIntegrationIdentifier("slack-main"));

		assertThat(result.status()).isEqualTo(302);
		assertThat(result.isRedirect()).isTrue();
		assertThat(result.location()).isEqualTo(landing);
		assertThat(result.html()).isNull();
		assertThat(novu.requests()).hasSize(1);
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getUrl())
			.isEqualTo(OAUTH + "?hmacHash=hmac-secret-123&environmentId=env-1&integrationIdentifier=slack-main");
		assertThat(request.containsHeader("Authorization")).isFalse();
		assertThat(request.getHeader("Idempotency-Key")).isNull();
	}

	@Test
	void chatAccessOauthCallBackReturnsTheHtmlPage() {
		String page = "<!DOCTYPE html><html><body><script>window.close();</script></body></html>";
		novu.stubFor(get(urlPathEqualTo(OAUTH + "/callback")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody(page)));

		ChatOauthResult result = novu.client()
			.subscribers()
			.authentication()
			.chatAccessOauthCallBack(ChatOauthRequest.of("user-42", "slack", "env-1", "hmac-secret-123"), "code-xyz");

		assertThat(result.status()).isEqualTo(200);
		assertThat(result.isRedirect()).isFalse();
		assertThat(result.html()).isEqualTo(page);
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getUrl()).isEqualTo(OAUTH + "/callback?hmacHash=hmac-secret-123&environmentId=env-1&code=code-xyz");
		assertThat(request.containsHeader("Authorization")).isFalse();
	}

	@Test
	void chatAccessOauthCallBackReturnsARedirectToTheIntegrationsRedirectUrl() {
		novu.stubFor(get(urlPathEqualTo(OAUTH + "/callback"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", "https://app.example/connected")));

		ChatOauthResult result = novu.client()
			.subscribers()
			.authentication()
			.chatAccessOauthCallBack(ChatOauthRequest.of("user-42", "slack", "env-1", "h"), "c");

		assertThat(result.location()).isEqualTo("https://app.example/connected");
		assertThat(result.status()).isEqualTo(302);
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void oauthErrorsStillThrowAndBadParametersFailBeforeSending() {
		novu.stubFor(get(urlPathEqualTo(OAUTH)).willReturn(json(400,
				"{\"statusCode\":400,\"message\":\"Hmac hash is not valid\",\"error\":\"Bad Request\"}")));
		SubscriberAuthentication authentication = novu.client().subscribers().authentication();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> authentication.chatAccessOauth(ChatOauthRequest.of("user-42", "slack", "env-1", "wrong")))
			.withMessageContaining("Hmac hash is not valid");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOauthRequest.of("user-42", "slack", "env-1", " "))
			.withMessageContaining("hmacHash must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ChatOauthRequest.of("user-42", "", "env-1", "h"))
			.withMessage("providerId must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> authentication.chatAccessOauthCallBack(ChatOauthRequest.of("user-42", "slack", "env-1", "h"), ""))
			.withMessageContaining("code");
		assertThat(novu.requests()).hasSize(1);
	}

}
