package io.github.novu4j.client.subscribers;

import java.util.Locale;
import java.util.Objects;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.RawResponse;

/**
 * Novu's chat OAuth flow ({@code novu.subscribers().authentication()}), which connects a subscriber to
 * a chat provider such as Slack. These two endpoints are meant for the subscriber's browser: Novu
 * authenticates them by their query parameters (environment id and the subscriber's HMAC hash), so the
 * client does <em>not</em> send the API key on them, and they answer with a redirect or an HTML page,
 * not JSON. The client returns that answer without following the redirect. Thread-safe.
 *
 * <pre>{@code
 * ChatOauthResult start = novu.subscribers().authentication()
 *     .chatAccessOauth(ChatOauthRequest.of("user-42", "slack", environmentId, hmacHash));
 * response.sendRedirect(start.location());
 * }</pre>
 */
public class SubscriberAuthentication {

	private final NovuTransport transport;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public SubscriberAuthentication(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/credentials/{providerId}/oauth}: starts the flow; Novu
	 * answers 302 to the provider's authorization page.
	 * @param request the subscriber, provider and authentication parameters
	 * @return the answer, normally a redirect
	 */
	public ChatOauthResult chatAccessOauth(ChatOauthRequest request) {
		return chatAccessOauth(request, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/credentials/{providerId}/oauth}.
	 * @param request the subscriber, provider and authentication parameters
	 * @param options per-call options
	 * @return the answer, normally a redirect
	 */
	public ChatOauthResult chatAccessOauth(ChatOauthRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return send(call("subscribers.authentication.chatAccessOauth",
				"/v1/subscribers/{subscriberId}/credentials/{providerId}/oauth", request), options);
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/credentials/{providerId}/oauth/callback}: where the
	 * provider sends the subscriber back with a {@code code}; Novu stores the credentials and answers
	 * with a redirect (to the integration's redirect URL) or an HTML page that closes the window.
	 * @param request the subscriber, provider and authentication parameters
	 * @param code the authorization code from the provider
	 * @return the answer: a redirect or an HTML page
	 */
	public ChatOauthResult chatAccessOauthCallBack(ChatOauthRequest request, String code) {
		return chatAccessOauthCallBack(request, code, RequestOptions.none());
	}

	/**
	 * {@code GET /v1/subscribers/{subscriberId}/credentials/{providerId}/oauth/callback}.
	 * @param request the subscriber, provider and authentication parameters
	 * @param code the authorization code from the provider
	 * @param options per-call options
	 * @return the answer: a redirect or an HTML page
	 */
	public ChatOauthResult chatAccessOauthCallBack(ChatOauthRequest request, String code, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("code (the provider's authorization code) must not be blank");
		}
		return send(call("subscribers.authentication.chatAccessOauthCallBack",
				"/v1/subscribers/{subscriberId}/credentials/{providerId}/oauth/callback", request)
			.query("code", code), options);
	}

	private static ApiCall.Builder call(String operation, String path, ChatOauthRequest request) {
		return ApiCall.get(operation, path)
			.path("subscriberId", request.subscriberId())
			.path("providerId", request.providerId())
			.query("hmacHash", request.hmacHash())
			.query("environmentId", request.environmentId())
			.query("integrationIdentifier", request.integrationIdentifier())
			.unauthenticated();
	}

	private ChatOauthResult send(ApiCall.Builder call, RequestOptions options) {
		RawResponse response = this.transport.callRaw(call.build(), options);
		String contentType = response.header("Content-Type");
		boolean html = response.isSuccess() && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("text/html");
		return new ChatOauthResult(response.statusCode(), response.isRedirect() ? response.header("Location") : null,
				html ? response.bodyAsString() : null);
	}

}
