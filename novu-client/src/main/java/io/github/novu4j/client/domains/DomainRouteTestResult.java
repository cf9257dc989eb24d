package io.github.novu4j.client.domains;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * What a synthetic test mail through a route did ({@code TestDomainRouteResponseDto}).
 *
 * @param matched whether a route matched the address
 * @param dryRun whether nothing was delivered
 * @param domainStatus the domain's status
 * @param mxRecordConfigured whether the domain's MX record was found
 * @param type the matched route's type
 * @param wouldDeliverTo dry run: a summary of the delivery target
 * @param payload dry run: the payload that would be delivered; empty when Novu sent none
 * @param webhook webhook routes: the delivery result
 * @param agent agent routes: the delivery result
 * @param additionalProperties what this record does not model
 */
public record DomainRouteTestResult(@JsonProperty("matched") @Nullable Boolean matched,
		@JsonProperty("dryRun") @Nullable Boolean dryRun, @JsonProperty("domainStatus") @Nullable DomainStatus domainStatus,
		@JsonProperty("mxRecordConfigured") @Nullable Boolean mxRecordConfigured,
		@JsonProperty("type") @Nullable DomainRouteType type,
		@JsonProperty("wouldDeliverTo") @Nullable String wouldDeliverTo,
		@JsonProperty("payload") Map<String, @Nullable Object> payload,
		@JsonProperty("webhook") @Nullable WebhookResult webhook, @JsonProperty("agent") @Nullable AgentResult agent,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the maps.
	 * @param matched whether a route matched
	 * @param dryRun whether nothing was delivered
	 * @param domainStatus the domain's status
	 * @param mxRecordConfigured whether the MX record was found
	 * @param type the route's type
	 * @param wouldDeliverTo the delivery target summary
	 * @param payload the payload
	 * @param webhook the webhook result
	 * @param agent the agent result
	 * @param additionalProperties what this record does not model
	 */
	public DomainRouteTestResult {
		payload = AdditionalProperties.copyOf(payload);
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The webhook delivery of a test ({@code TestDomainRouteWebhookResultDto}).
	 *
	 * @param skipped whether outbound webhooks are off for the environment (nothing was emitted)
	 * @param latencyMs how long it took
	 * @param additionalProperties what this record does not model
	 */
	public record WebhookResult(@JsonProperty("skipped") @Nullable Boolean skipped,
			@JsonProperty("latencyMs") @Nullable Double latencyMs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param skipped whether webhooks are off
		 * @param latencyMs how long it took
		 * @param additionalProperties what this record does not model
		 */
		public WebhookResult {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The agent delivery of a test ({@code TestDomainRouteAgentResultDto}).
	 *
	 * @param agentId the agent
	 * @param httpStatus the HTTP status the agent answered
	 * @param agentReply the agent's JSON answer, when it was JSON
	 * @param latencyMs how long it took
	 * @param additionalProperties what this record does not model
	 */
	public record AgentResult(@JsonProperty("agentId") @Nullable String agentId,
			@JsonProperty("httpStatus") @Nullable Integer httpStatus,
			@JsonProperty("agentReply") @Nullable Object agentReply,
			@JsonProperty("latencyMs") @Nullable Double latencyMs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param agentId the agent
		 * @param httpStatus its HTTP status
		 * @param agentReply its JSON answer
		 * @param latencyMs how long it took
		 * @param additionalProperties what this record does not model
		 */
		public AgentResult {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
