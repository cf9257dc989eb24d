package io.github.novu4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * An agent's bridge configuration ({@code UpdateAgentBridgeRequestDto}), as the Novu CLI registers its
 * development tunnel. Novu refuses to activate a development bridge in a production environment.
 *
 * @param bridgeUrl the production bridge URL
 * @param devBridgeUrl the development bridge URL
 * @param devBridgeActive whether the development bridge overrides the production one
 */
public record UpdateAgentBridgeRequest(@JsonProperty("bridgeUrl") @Nullable String bridgeUrl,
		@JsonProperty("devBridgeUrl") @Nullable String devBridgeUrl,
		@JsonProperty("devBridgeActive") @Nullable Boolean devBridgeActive) {

	/**
	 * Checks that something is set.
	 * @param bridgeUrl the production bridge URL
	 * @param devBridgeUrl the development bridge URL
	 * @param devBridgeActive whether the development bridge is active
	 * @throws IllegalArgumentException if every field is {@code null} or a URL is blank
	 */
	public UpdateAgentBridgeRequest {
		if (bridgeUrl == null && devBridgeUrl == null && devBridgeActive == null) {
			throw new IllegalArgumentException("a bridge update must set bridgeUrl, devBridgeUrl or devBridgeActive");
		}
		if (bridgeUrl != null) {
			TextChecks.requireText(bridgeUrl, "bridgeUrl");
		}
		if (devBridgeUrl != null) {
			TextChecks.requireText(devBridgeUrl, "devBridgeUrl");
		}
	}

	/**
	 * @param bridgeUrl the production bridge URL
	 * @return a request setting only the production bridge
	 */
	public static UpdateAgentBridgeRequest production(String bridgeUrl) {
		return new UpdateAgentBridgeRequest(bridgeUrl, null, null);
	}

	/**
	 * @param devBridgeUrl the development bridge URL
	 * @return a request setting the development bridge and activating it
	 */
	public static UpdateAgentBridgeRequest development(String devBridgeUrl) {
		return new UpdateAgentBridgeRequest(null, devBridgeUrl, true);
	}

}
