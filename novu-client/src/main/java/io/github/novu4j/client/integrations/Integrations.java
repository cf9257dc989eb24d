package io.github.novu4j.client.integrations;

import io.github.novu4j.client.ChannelType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.PathSegments;
import io.github.novu4j.client.ContextMap;
import org.jspecify.annotations.Nullable;
import io.github.novu4j.client.internal.ApiCall;
import io.github.novu4j.client.internal.NovuTransport;
import tools.jackson.core.type.TypeReference;

/**
 * Provider integrations: create, list, update, delete, set as primary, and webhooks. Obtained from
 * {@code NovuClient}; thread-safe.
 *
 * <pre>{@code
 * Integration sendgrid = novu.integrations().create(CreateIntegrationRequest.builder("sendgrid", ChannelType.EMAIL)
 *     .name("SendGrid")
 *     .credentials(IntegrationCredentials.builder().apiKey(key).from("no-reply@example.com").build())
 *     .active(true)
 *     .build());
 * novu.integrations().setAsPrimary(sendgrid.id());
 * }</pre>
 *
 * The list operations are not paginated: Novu answers every integration of the environment at once.
 */
public class Integrations {

	private static final TypeReference<List<Integration>> INTEGRATIONS = new TypeReference<>() {
	};

	private final NovuTransport transport;

	private final IntegrationWebhooks webhooks;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public Integrations(NovuTransport transport) {
		this.transport = Objects.requireNonNull(transport, "transport");
		this.webhooks = new IntegrationWebhooks(transport);
	}

	/** @return the webhook support of providers */
	public IntegrationWebhooks webhooks() {
		return this.webhooks;
	}

	/**
	 * Creates an integration ({@code POST /v1/integrations}).
	 * @param request the integration
	 * @return the integration Novu created
	 */
	public Integration create(CreateIntegrationRequest request) {
		return create(request, RequestOptions.none());
	}

	/**
	 * Creates an integration ({@code POST /v1/integrations}).
	 * @param request the integration
	 * @param options per-call options
	 * @return the integration Novu created
	 */
	public Integration create(CreateIntegrationRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("integrations.create", "/v1/integrations").body(request).build(),
				Integration.class, options);
	}

	/**
	 * Lists every integration of the environment ({@code GET /v1/integrations}); not paginated.
	 * @return the integrations
	 */
	public List<Integration> list() {
		return list(RequestOptions.none());
	}

	/**
	 * Lists every integration of the environment ({@code GET /v1/integrations}); not paginated.
	 * @param options per-call options
	 * @return the integrations
	 */
	public List<Integration> list(RequestOptions options) {
		return this.transport.call(ApiCall.get("integrations.list", "/v1/integrations").build(), INTEGRATIONS,
				options);
	}

	/**
	 * Lists the active integrations of the environment ({@code GET /v1/integrations/active}); not paginated.
	 * @return the active integrations
	 */
	public List<Integration> listActive() {
		return listActive(RequestOptions.none());
	}

	/**
	 * Lists the active integrations of the environment ({@code GET /v1/integrations/active}); not paginated.
	 * @param options per-call options
	 * @return the active integrations
	 */
	public List<Integration> listActive(RequestOptions options) {
		return this.transport.call(ApiCall.get("integrations.listActive", "/v1/integrations/active").build(),
				INTEGRATIONS, options);
	}

	/**
	 * Updates an integration ({@code PUT /v1/integrations/{integrationId}}); only the fields set in the
	 * request change.
	 * @param integrationId the integration's id ({@link Integration#id()})
	 * @param request the changes
	 * @return the updated integration
	 */
	public Integration update(String integrationId, UpdateIntegrationRequest request) {
		return update(integrationId, request, RequestOptions.none());
	}

	/**
	 * Updates an integration ({@code PUT /v1/integrations/{integrationId}}).
	 * @param integrationId the integration's id
	 * @param request the changes
	 * @param options per-call options
	 * @return the updated integration
	 */
	public Integration update(String integrationId, UpdateIntegrationRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.put("integrations.update", "/v1/integrations/{integrationId}")
			.path("integrationId", integrationId)
			.body(request)
			.build(), Integration.class, options);
	}

	/**
	 * Deletes an integration ({@code DELETE /v1/integrations/{integrationId}}).
	 * @param integrationId the integration's id
	 * @return the integrations that remain, as Novu answers them
	 */
	public List<Integration> delete(String integrationId) {
		return delete(integrationId, RequestOptions.none());
	}

	/**
	 * Deletes an integration ({@code DELETE /v1/integrations/{integrationId}}).
	 * @param integrationId the integration's id
	 * @param options per-call options
	 * @return the integrations that remain, as Novu answers them
	 */
	public List<Integration> delete(String integrationId, RequestOptions options) {
		return this.transport.call(ApiCall.delete("integrations.delete", "/v1/integrations/{integrationId}")
			.path("integrationId", integrationId)
			.build(), INTEGRATIONS, options);
	}

	/**
	 * Makes an integration the primary one of its channel
	 * ({@code POST /v1/integrations/{integrationId}/set-primary}; Novu answers 201).
	 * @param integrationId the integration's id
	 * @return the integration, now primary
	 */
	public Integration setAsPrimary(String integrationId) {
		return setAsPrimary(integrationId, RequestOptions.none());
	}

	/**
	 * Makes an integration the primary one of its channel.
	 * @param integrationId the integration's id
	 * @param options per-call options
	 * @return the integration, now primary
	 */
	public Integration setAsPrimary(String integrationId, RequestOptions options) {
		return this.transport.call(
				ApiCall.post("integrations.setAsPrimary", "/v1/integrations/{integrationId}/set-primary")
					.path("integrationId", integrationId)
					.build(),
				Integration.class, options);
	}

	/**
	 * Lets Novu configure an integration at the provider by itself
	 * ({@code POST /v1/integrations/{integrationId}/auto-configure}). Novu answers 201 although its
	 * OpenAPI document says 200 (WIRE-FORMAT-CURRENT §H.2); both are success here.
	 * @param integrationId the integration's id ({@code _id})
	 * @return whether it worked, Novu's message and the integration's new configuration
	 */
	public AutoConfigureResult autoConfigure(String integrationId) {
		return autoConfigure(integrationId, RequestOptions.none());
	}

	/**
	 * Lets Novu configure an integration at the provider by itself
	 * ({@code POST /v1/integrations/{integrationId}/auto-configure}).
	 * @param integrationId the integration's id ({@code _id})
	 * @param options per-call options
	 * @return whether it worked, Novu's message and the integration's new configuration
	 */
	public AutoConfigureResult autoConfigure(String integrationId, RequestOptions options) {
		return this.transport.call(
				ApiCall.post("integrations.autoConfigure", "/v1/integrations/{integrationId}/auto-configure")
					.path("integrationId", integrationId)
					.build(),
				AutoConfigureResult.class, options);
	}

	/**
	 * Issues a single-use link that completes a chat integration's setup on a mobile device (Telegram)
	 * ({@code POST /v1/integrations/{integrationIdentifier}/mobile-link}).
	 * @param integrationIdentifier the integration's identifier
	 * @param subscriberId a subscriber to link once the setup completes, or {@code null}
	 * @return the token, the URL to open and when it expires
	 */
	public MobileLink createMobileLink(String integrationIdentifier, @Nullable String subscriberId) {
		return createMobileLink(integrationIdentifier, subscriberId, RequestOptions.none());
	}

	/**
	 * Issues a single-use mobile setup link ({@code POST /v1/integrations/{integrationIdentifier}/mobile-link}).
	 * @param integrationIdentifier the integration's identifier
	 * @param subscriberId a subscriber to link once the setup completes, or {@code null}
	 * @param options per-call options
	 * @return the token, the URL to open and when it expires
	 */
	public MobileLink createMobileLink(String integrationIdentifier, @Nullable String subscriberId,
			RequestOptions options) {
		Map<String, String> body = (subscriberId != null)
				? Map.of("subscriberId", PathSegments.requireId(subscriberId, "subscriberId")) : Map.of();
		return this.transport.call(
				ApiCall.post("integrations.createMobileLink", "/v1/integrations/{integrationIdentifier}/mobile-link")
					.path("integrationIdentifier", integrationIdentifier)
					.body(body)
					.build(),
				MobileLink.class, options);
	}

	/**
	 * Registers Novu's webhook for incoming updates with the chat provider (Telegram)
	 * ({@code POST /v1/integrations/{integrationIdentifier}/webhook/configure}).
	 * @param integrationIdentifier the integration's identifier
	 * @return the webhook URL, when it was configured and the bot's user name
	 */
	public WebhookConfiguration configureWebhook(String integrationIdentifier) {
		return configureWebhook(integrationIdentifier, RequestOptions.none());
	}

	/**
	 * Registers Novu's webhook with the chat provider
	 * ({@code POST /v1/integrations/{integrationIdentifier}/webhook/configure}).
	 * @param integrationIdentifier the integration's identifier
	 * @param options per-call options
	 * @return the webhook URL, when it was configured and the bot's user name
	 */
	public WebhookConfiguration configureWebhook(String integrationIdentifier, RequestOptions options) {
		return this.transport.call(
				ApiCall.post("integrations.configureWebhook", "/v1/integrations/{integrationIdentifier}/webhook/configure")
					.path("integrationIdentifier", integrationIdentifier)
					.build(),
				WebhookConfiguration.class, options);
	}

	/**
	 * Creates the URL a subscriber opens to link their chat identity (an OAuth URL or a deep link)
	 * ({@code POST /v1/integrations/channel-endpoints/link}).
	 * @param integrationIdentifier the chat integration's identifier
	 * @param subscriberId the subscriber to link
	 * @return the URL and provider metadata
	 */
	public ChannelEndpointLink linkChannelEndpoint(String integrationIdentifier, String subscriberId) {
		return linkChannelEndpoint(integrationIdentifier, subscriberId, RequestOptions.none());
	}

	/**
	 * Creates the URL a subscriber opens to link their chat identity
	 * ({@code POST /v1/integrations/channel-endpoints/link}).
	 * @param integrationIdentifier the chat integration's identifier
	 * @param subscriberId the subscriber to link
	 * @param options per-call options
	 * @return the URL and provider metadata
	 */
	public ChannelEndpointLink linkChannelEndpoint(String integrationIdentifier, String subscriberId,
			RequestOptions options) {
		Map<String, String> body = Map.of("integrationIdentifier",
				PathSegments.requireId(integrationIdentifier, "integrationIdentifier"), "subscriberId",
				PathSegments.requireId(subscriberId, "subscriberId"));
		return this.transport.call(
				ApiCall.post("integrations.linkChannelEndpoint", "/v1/integrations/channel-endpoints/link")
					.body(body)
					.build(),
				ChannelEndpointLink.class, options);
	}

	/**
	 * Generates the OAuth URL that connects a workspace (Slack, MS Teams, Webex) as a channel connection
	 * ({@code POST /v1/integrations/channel-connections/oauth}; Novu answers 201). The URL expires after
	 * five minutes.
	 * @param request the integration and options; {@code userScope} and {@code mode} are not accepted here
	 * @return the URL to present to the user
	 * @throws IllegalArgumentException if the request sets {@code userScope} or {@code mode}
	 */
	public OAuthUrl generateConnectOAuthUrl(OAuthUrlRequest request) {
		return generateConnectOAuthUrl(request, RequestOptions.none());
	}

	/**
	 * Generates the OAuth URL that connects a workspace ({@code POST /v1/integrations/channel-connections/oauth}).
	 * @param request the integration and options; {@code userScope} and {@code mode} are not accepted here
	 * @param options per-call options
	 * @return the URL to present to the user
	 * @throws IllegalArgumentException if the request sets {@code userScope} or {@code mode}
	 */
	public OAuthUrl generateConnectOAuthUrl(OAuthUrlRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		request.requireUnset("generateConnectOAuthUrl", request.userScope(), "userScope");
		request.requireUnset("generateConnectOAuthUrl", request.mode(), "mode");
		return this.transport.call(
				ApiCall.post("integrations.generateConnectOAuthUrl", "/v1/integrations/channel-connections/oauth")
					.body(request)
					.build(),
				OAuthUrl.class, options);
	}

	/**
	 * Generates the OAuth URL that links one subscriber to their user identity at the chat provider
	 * ({@code POST /v1/integrations/channel-endpoints/oauth}; Novu answers 201).
	 * @param request the integration, the subscriber (required) and options; {@code scope}, {@code mode},
	 * {@code connectionMode} and {@code autoLinkUser} are not accepted here
	 * @return the URL to present to the user
	 * @throws IllegalArgumentException if the subscriber is missing or a field of another flow is set
	 */
	public OAuthUrl generateLinkUserOAuthUrl(OAuthUrlRequest request) {
		return generateLinkUserOAuthUrl(request, RequestOptions.none());
	}

	/**
	 * Generates the OAuth URL that links one subscriber to their chat identity
	 * ({@code POST /v1/integrations/channel-endpoints/oauth}).
	 * @param request the integration, the subscriber (required) and options
	 * @param options per-call options
	 * @return the URL to present to the user
	 * @throws IllegalArgumentException if the subscriber is missing or a field of another flow is set
	 */
	public OAuthUrl generateLinkUserOAuthUrl(OAuthUrlRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		if (request.subscriberId() == null) {
			throw new IllegalArgumentException("generateLinkUserOAuthUrl needs a subscriberId");
		}
		request.requireUnset("generateLinkUserOAuthUrl", request.scope(), "scope");
		request.requireUnset("generateLinkUserOAuthUrl", request.mode(), "mode");
		request.requireUnset("generateLinkUserOAuthUrl", request.connectionMode(), "connectionMode");
		request.requireUnset("generateLinkUserOAuthUrl", request.autoLinkUser(), "autoLinkUser");
		return this.transport.call(
				ApiCall.post("integrations.generateLinkUserOAuthUrl", "/v1/integrations/channel-endpoints/oauth")
					.body(request)
					.build(),
				OAuthUrl.class, options);
	}

	/**
	 * Generates the OAuth URL of a chat provider (Slack, MS Teams), in {@code connect} mode (a workspace
	 * connection) or {@code link_user} mode (the subscriber's user id)
	 * ({@code POST /v1/integrations/chat/oauth}; Novu answers 201).
	 * @param request the integration and options; every field is accepted here
	 * @return the URL to present to the user
	 */
	public OAuthUrl generateChatOAuthUrl(OAuthUrlRequest request) {
		return generateChatOAuthUrl(request, RequestOptions.none());
	}

	/**
	 * Generates the OAuth URL of a chat provider ({@code POST /v1/integrations/chat/oauth}).
	 * @param request the integration and options
	 * @param options per-call options
	 * @return the URL to present to the user
	 */
	public OAuthUrl generateChatOAuthUrl(OAuthUrlRequest request, RequestOptions options) {
		Objects.requireNonNull(request, "request");
		return this.transport.call(ApiCall.post("integrations.generateChatOAuthUrl", "/v1/integrations/chat/oauth")
			.body(request)
			.build(), OAuthUrl.class, options);
	}

	/**
	 * The answer of {@link #autoConfigure(String)} ({@code AutoConfigureIntegrationResponseDto}).
	 *
	 * @param success whether the auto-configuration worked
	 * @param message Novu's message about the result or what went wrong
	 * @param integration the integration's configuration after it, as sent
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record AutoConfigureResult(@JsonProperty("success") @Nullable Boolean success,
			@JsonProperty("message") @Nullable String message,
			@JsonProperty("integration") @Nullable Map<String, @Nullable Object> integration,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param success whether the auto-configuration worked
		 * @param message Novu's message
		 * @param integration the integration's configuration after it
		 * @param additionalProperties what this record does not model
		 */
		public AutoConfigureResult {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A single-use mobile setup link ({@code IssueTelegramMobileLinkResponseDto}).
	 *
	 * @param token the opaque single-use token of the setup session
	 * @param url the URL to open on a mobile device
	 * @param expiresAt when the token expires (ISO-8601)
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record MobileLink(@JsonProperty("token") @Nullable String token, @JsonProperty("url") @Nullable String url,
			@JsonProperty("expiresAt") @Nullable String expiresAt,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param token the single-use token
		 * @param url the URL to open
		 * @param expiresAt when the token expires
		 * @param additionalProperties what this record does not model
		 */
		public MobileLink {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		@Override
		public String toString() {
			return "MobileLink[token=(redacted), url=(redacted), expiresAt=" + this.expiresAt + "]";
		}

	}

	/**
	 * The chat provider's webhook as Novu registered it ({@code ConfigureTelegramWebhookResponseDto}).
	 *
	 * @param webhookUrl the URL Novu registered for incoming updates
	 * @param configuredAt when (ISO-8601)
	 * @param botUsername the bot's user name
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record WebhookConfiguration(@JsonProperty("webhookUrl") @Nullable String webhookUrl,
			@JsonProperty("configuredAt") @Nullable String configuredAt,
			@JsonProperty("botUsername") @Nullable String botUsername,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param webhookUrl the URL Novu registered
		 * @param configuredAt when
		 * @param botUsername the bot's user name
		 * @param additionalProperties what this record does not model
		 */
		public WebhookConfiguration {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The link a subscriber opens to link their chat identity ({@code LinkChannelEndpointResponseDto}).
	 *
	 * @param url the OAuth URL or deep link
	 * @param providerMetadata provider-specific data, e.g. {@code botUsername}, {@code expiresAt}
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ChannelEndpointLink(@JsonProperty("url") @Nullable String url,
			@JsonProperty("providerMetadata") @Nullable Map<String, @Nullable Object> providerMetadata,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param url the OAuth URL or deep link
		 * @param providerMetadata provider-specific data
		 * @param additionalProperties what this record does not model
		 */
		public ChannelEndpointLink {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A generated OAuth URL ({@code GenerateChatOAuthUrlResponseDto}); it expires after five minutes.
	 *
	 * @param url the authorization URL to present to the user
	 * @param additionalProperties what this record does not model
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record OAuthUrl(@JsonProperty("url") @Nullable String url,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param url the authorization URL
		 * @param additionalProperties what this record does not model
		 */
		public OAuthUrl {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The request of the three OAuth URL generators ({@code GenerateChatOauthUrlRequestDto} and its subsets
	 * {@code GenerateConnectOauthUrlRequestDto}, {@code GenerateLinkUserOauthUrlRequestDto}); each generator
	 * rejects, before sending, the fields its endpoint does not take. Build with {@link #builder(String)}.
	 *
	 * @param integrationIdentifier the chat integration's identifier (required)
	 * @param subscriberId the subscriber (required by {@code generateLinkUserOAuthUrl})
	 * @param connectionIdentifier the channel connection's identifier; generated by Novu when unset
	 * @param context the context of a shared connection
	 * @param scope OAuth scopes (Slack, Webex); Novu's defaults when unset
	 * @param userScope user-level OAuth scopes (Slack "Sign in with Slack", Webex)
	 * @param mode {@code connect} (default) or {@code link_user}; chat OAuth only
	 * @param connectionMode {@code subscriber} (default) or {@code shared}
	 * @param autoLinkUser whether the user who connects is also linked as a personal endpoint
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record OAuthUrlRequest(@JsonProperty("integrationIdentifier") String integrationIdentifier,
			@JsonProperty("subscriberId") @Nullable String subscriberId,
			@JsonProperty("connectionIdentifier") @Nullable String connectionIdentifier,
			@JsonProperty("context") @Nullable ContextMap context, @JsonProperty("scope") @Nullable List<String> scope,
			@JsonProperty("userScope") @Nullable List<String> userScope, @JsonProperty("mode") @Nullable String mode,
			@JsonProperty("connectionMode") @Nullable String connectionMode,
			@JsonProperty("autoLinkUser") @Nullable Boolean autoLinkUser) {

		/** {@link #mode()}: create a workspace channel connection. */
		public static final String MODE_CONNECT = "connect";

		/** {@link #mode()}: identify the subscriber's user at the provider without a connection. */
		public static final String MODE_LINK_USER = "link_user";

		/** {@link #connectionMode()}: the connection belongs to the subscriber. */
		public static final String CONNECTION_SUBSCRIBER = "subscriber";

		/** {@link #connectionMode()}: the connection belongs to the context, not to a subscriber. */
		public static final String CONNECTION_SHARED = "shared";

		/**
		 * Checks the identifiers and copies the lists.
		 * @param integrationIdentifier the chat integration's identifier
		 * @param subscriberId the subscriber
		 * @param connectionIdentifier the channel connection's identifier
		 * @param context the context of a shared connection
		 * @param scope OAuth scopes
		 * @param userScope user-level OAuth scopes
		 * @param mode {@code connect} or {@code link_user}
		 * @param connectionMode {@code subscriber} or {@code shared}
		 * @param autoLinkUser whether the connecting user is linked too
		 * @throws IllegalArgumentException if an identifier is blank or a mode unknown
		 */
		public OAuthUrlRequest {
			PathSegments.requireId(integrationIdentifier, "integrationIdentifier");
			if (subscriberId != null) {
				PathSegments.requireId(subscriberId, "subscriberId");
			}
			if (connectionIdentifier != null) {
				PathSegments.requireId(connectionIdentifier, "connectionIdentifier");
			}
			scope = (scope != null) ? List.copyOf(scope) : null;
			userScope = (userScope != null) ? List.copyOf(userScope) : null;
			if (mode != null && !mode.equals(MODE_CONNECT) && !mode.equals(MODE_LINK_USER)) {
				throw new IllegalArgumentException("mode must be 'connect' or 'link_user', was '" + mode + "'");
			}
			if (connectionMode != null && !connectionMode.equals(CONNECTION_SUBSCRIBER)
					&& !connectionMode.equals(CONNECTION_SHARED)) {
				throw new IllegalArgumentException(
						"connectionMode must be 'subscriber' or 'shared', was '" + connectionMode + "'");
			}
		}

		/**
		 * @param integrationIdentifier the chat integration's identifier
		 * @return a builder
		 */
		public static Builder builder(String integrationIdentifier) {
			return new Builder(integrationIdentifier);
		}

		void requireUnset(String operation, @Nullable Object value, String field) {
			if (value != null) {
				throw new IllegalArgumentException(operation + " does not take " + field + "; leave it unset");
			}
		}

		/** Builds an {@link OAuthUrlRequest}. */
		public static final class Builder {

			private final String integrationIdentifier;

			private @Nullable String subscriberId;

			private @Nullable String connectionIdentifier;

			private @Nullable ContextMap context;

			private @Nullable List<String> scope;

			private @Nullable List<String> userScope;

			private @Nullable String mode;

			private @Nullable String connectionMode;

			private @Nullable Boolean autoLinkUser;

			private Builder(String integrationIdentifier) {
				this.integrationIdentifier = integrationIdentifier;
			}

			/**
			 * @param subscriberId the subscriber
			 * @return this builder
			 */
			public Builder subscriberId(@Nullable String subscriberId) {
				this.subscriberId = subscriberId;
				return this;
			}

			/**
			 * @param connectionIdentifier the channel connection's identifier
			 * @return this builder
			 */
			public Builder connectionIdentifier(@Nullable String connectionIdentifier) {
				this.connectionIdentifier = connectionIdentifier;
				return this;
			}

			/**
			 * @param context the context of a shared connection
			 * @return this builder
			 */
			public Builder context(@Nullable ContextMap context) {
				this.context = context;
				return this;
			}

			/**
			 * @param scope OAuth scopes, e.g. {@code chat:write}
			 * @return this builder
			 */
			public Builder scope(String... scope) {
				this.scope = new ArrayList<>(List.of(scope));
				return this;
			}

			/**
			 * @param userScope user-level OAuth scopes, e.g. {@code identity.basic}
			 * @return this builder
			 */
			public Builder userScope(String... userScope) {
				this.userScope = new ArrayList<>(List.of(userScope));
				return this;
			}

			/**
			 * @param mode {@link OAuthUrlRequest#MODE_CONNECT} or {@link OAuthUrlRequest#MODE_LINK_USER}
			 * @return this builder
			 */
			public Builder mode(@Nullable String mode) {
				this.mode = mode;
				return this;
			}

			/**
			 * @param connectionMode {@link OAuthUrlRequest#CONNECTION_SUBSCRIBER} or
			 * {@link OAuthUrlRequest#CONNECTION_SHARED}
			 * @return this builder
			 */
			public Builder connectionMode(@Nullable String connectionMode) {
				this.connectionMode = connectionMode;
				return this;
			}

			/**
			 * @param autoLinkUser whether the user who connects is also linked as a personal endpoint
			 * @return this builder
			 */
			public Builder autoLinkUser(@Nullable Boolean autoLinkUser) {
				this.autoLinkUser = autoLinkUser;
				return this;
			}

			/**
			 * @return the request
			 * @throws IllegalArgumentException if an identifier is blank or a mode unknown
			 */
			public OAuthUrlRequest build() {
				return new OAuthUrlRequest(this.integrationIdentifier, this.subscriberId, this.connectionIdentifier,
						this.context, this.scope, this.userScope, this.mode, this.connectionMode, this.autoLinkUser);
			}

		}

	}

}
