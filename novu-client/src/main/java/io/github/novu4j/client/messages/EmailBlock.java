package io.github.novu4j.client.messages;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One block of an email built with Novu's block editor.
 *
 * @param type {@code text} or {@code button}
 * @param content the block's text (HTML allowed)
 * @param url the link of a button
 * @param styles the block's styles
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailBlock(@JsonProperty("type") @Nullable String type, @JsonProperty("content") @Nullable String content,
		@JsonProperty("url") @Nullable String url, @JsonProperty("styles") @Nullable Styles styles,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param type {@code text} or {@code button}
	 * @param content the block's text (HTML allowed)
	 * @param url the link of a button
	 * @param styles the block's styles
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public EmailBlock {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * The styles of an email block.
	 *
	 * @param textAlign {@code left}, {@code center} or {@code right}
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Styles(@JsonProperty("textAlign") @Nullable String textAlign,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param textAlign {@code left}, {@code center} or {@code right}
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Styles {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
