package io.github.novu4j.client.messages;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * What an in-app message shows as its avatar.
 *
 * @param type {@code none}, {@code user}, {@code system_icon} or {@code system_custom}
 * @param data for {@code user} the actor's avatar URL, for the system types the icon; usually text, kept
 * as Novu sends it
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageActor(@JsonProperty("type") @Nullable String type, @JsonProperty("data") @Nullable Object data,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param type {@code none}, {@code user}, {@code system_icon} or {@code system_custom}
	 * @param data for {@code user} the actor's avatar URL, for the system types the icon; usually text, kept as Novu sends it
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public MessageActor {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
