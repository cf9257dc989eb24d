package io.github.novu4j.client.messages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One block of an email built with Novu's block editor.
 *
 * @param type {@code text} or {@code button}
 * @param content the block's text (HTML allowed)
 * @param url the link of a button
 * @param styles the block's styles
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmailBlock(@JsonProperty("type") @Nullable String type, @JsonProperty("content") @Nullable String content,
		@JsonProperty("url") @Nullable String url, @JsonProperty("styles") @Nullable Styles styles) {

	/**
	 * The styles of an email block.
	 *
	 * @param textAlign {@code left}, {@code center} or {@code right}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Styles(@JsonProperty("textAlign") @Nullable String textAlign) {

	}

}
