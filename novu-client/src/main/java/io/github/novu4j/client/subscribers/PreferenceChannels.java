package io.github.novu4j.client.subscribers;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * Whether each channel is on; {@code null} where Novu does not say (e.g. a channel the workflow has
 * no step for).
 *
 * @param email email
 * @param sms SMS
 * @param inApp in-app ({@code in_app})
 * @param chat chat
 * @param push push
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PreferenceChannels(@JsonProperty("email") @Nullable Boolean email,
		@JsonProperty("sms") @Nullable Boolean sms, @JsonProperty("in_app") @Nullable Boolean inApp,
		@JsonProperty("chat") @Nullable Boolean chat, @JsonProperty("push") @Nullable Boolean push,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param email email
	 * @param sms SMS
	 * @param inApp in-app ({@code in_app})
	 * @param chat chat
	 * @param push push
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public PreferenceChannels {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

}
