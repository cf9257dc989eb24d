package io.github.novu4j.client.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Links an integration to an agent ({@code AddAgentIntegrationRequestDto}): an existing integration by
 * its identifier (not its internal {@code _id}), or a provider for which Novu creates a dedicated
 * integration.
 *
 * @param integrationIdentifier the identifier of an existing integration
 * @param providerId a provider (e.g. {@code novu-email-agent}) to create an integration for
 */
public record AddAgentIntegrationRequest(@JsonProperty("integrationIdentifier") @Nullable String integrationIdentifier,
		@JsonProperty("providerId") @Nullable String providerId) {

	/**
	 * Checks that one of the two is set.
	 * @param integrationIdentifier the identifier of an existing integration
	 * @param providerId a provider to create an integration for
	 * @throws IllegalArgumentException if neither is set or one is blank
	 */
	public AddAgentIntegrationRequest {
		if (integrationIdentifier == null && providerId == null) {
			throw new IllegalArgumentException("set integrationIdentifier or providerId");
		}
		if (integrationIdentifier != null) {
			TextChecks.requireText(integrationIdentifier, "integrationIdentifier");
		}
		if (providerId != null) {
			TextChecks.requireText(providerId, "providerId");
		}
	}

	/**
	 * @param integrationIdentifier the identifier of an existing integration
	 * @return the request
	 */
	public static AddAgentIntegrationRequest integration(String integrationIdentifier) {
		return new AddAgentIntegrationRequest(TextChecks.requireText(integrationIdentifier, "integrationIdentifier"),
				null);
	}

	/**
	 * @param providerId the provider Novu creates a dedicated integration for, unless one exists
	 * @return the request
	 */
	public static AddAgentIntegrationRequest provider(String providerId) {
		return new AddAgentIntegrationRequest(null, TextChecks.requireText(providerId, "providerId"));
	}

}
