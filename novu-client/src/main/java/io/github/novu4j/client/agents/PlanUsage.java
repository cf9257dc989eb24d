package io.github.novu4j.client.agents;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.CursorPage;
import io.github.novu4j.client.internal.NovuJson;
import org.jspecify.annotations.Nullable;

/**
 * Novu Cloud's plan usage that the agents lists carry beside their page ({@code planUsage}): active
 * agents ({@code AgentPlanUsageDto}) on {@code agents().list(..)}, connected channels
 * ({@code PlanUsageDto}, only {@code used} and {@code limit}) on {@code agents().integrations().list(..)}.
 * Read it from a page with {@link #of(CursorPage)}.
 *
 * @param used current usage in this environment
 * @param limit the amount the organization's plan includes
 * @param totalCreated agents only: every agent in this environment, inactive ones included
 * @param creationLimit agents only: the hard cap on agents per environment
 * @param limitSource agents only: {@code plan} (lifted by upgrading) or {@code system}
 * @param additionalProperties what this record does not model
 */
public record PlanUsage(@JsonProperty("used") @Nullable Integer used, @JsonProperty("limit") @Nullable Integer limit,
		@JsonProperty("totalCreated") @Nullable Integer totalCreated,
		@JsonProperty("creationLimit") @Nullable Integer creationLimit,
		@JsonProperty("limitSource") @Nullable String limitSource,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param used current usage
	 * @param limit the plan's amount
	 * @param totalCreated every agent in the environment
	 * @param creationLimit the hard cap on agents
	 * @param limitSource plan or system
	 * @param additionalProperties what this record does not model
	 */
	public PlanUsage {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Reads the {@code planUsage} member of an agents page (it lands in
	 * {@link CursorPage#additionalProperties()}, since the page type is shared by every cursor list).
	 * @param page a page of {@code agents().list(..)} or {@code agents().integrations().list(..)}
	 * @return the plan usage, or empty when Novu sent none (self-hosted Novu does not)
	 */
	public static Optional<PlanUsage> of(CursorPage<?> page) {
		Objects.requireNonNull(page, "page");
		Object planUsage = page.additionalProperties().get("planUsage");
		if (planUsage == null) {
			return Optional.empty();
		}
		return Optional.of(NovuJson.mapper().convertValue(planUsage, PlanUsage.class));
	}

}
