package io.github.novu4j.client.notifications;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A trigger of a workflow: the identifier you trigger it by and the variables its templates use. (Novu's
 * OpenAPI document types triggers as strings; the server sends these objects.)
 *
 * @param type {@code event}
 * @param identifier the trigger identifier, the {@code name} of a trigger request
 * @param variables the payload variables the templates use
 * @param subscriberVariables the subscriber fields the templates use
 * @param reservedVariables variables Novu reserves for the trigger, e.g. a tenant's {@code identifier}
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WorkflowTrigger(@JsonProperty("type") @Nullable String type,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("variables") @Nullable List<Variable> variables,
		@JsonProperty("subscriberVariables") @Nullable List<Variable> subscriberVariables,
		@JsonProperty("reservedVariables") @Nullable List<Map<String, Object>> reservedVariables,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param type {@code event}
	 * @param identifier the trigger identifier, the {@code name} of a trigger request
	 * @param variables the payload variables the templates use
	 * @param subscriberVariables the subscriber fields the templates use
	 * @param reservedVariables variables Novu reserves for the trigger, e.g. a tenant's {@code identifier}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public WorkflowTrigger {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * A variable a workflow's templates use.
	 *
	 * @param name the variable's name, e.g. {@code order.id}
	 * @param type its type, e.g. {@code String}, {@code Array}, {@code Boolean}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Variable(@JsonProperty("name") @Nullable String name, @JsonProperty("type") @Nullable String type,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param name the variable's name, e.g. {@code order.id}
		 * @param type its type, e.g. {@code String}, {@code Array}, {@code Boolean}
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Variable {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
