package io.github.novu4j.client.subscribers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.novu4j.client.internal.NovuJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;

/**
 * The content of a message: text (in-app, SMS, chat, push) or, for an email built in Novu's block
 * editor, a list of blocks. Novu sends either a string or an array in the same field.
 *
 * @param text the text, or {@code null} for block content
 * @param blocks the email blocks, or {@code null} for text content
 */
public record MessageContent(@Nullable String text, @Nullable List<EmailBlock> blocks) {

	private static final TypeReference<List<EmailBlock>> BLOCKS = new TypeReference<>() {
	};

	/**
	 * Copies the block list.
	 * @param text the text, or {@code null} for block content
	 * @param blocks the email blocks, or {@code null} for text content
	 */
	public MessageContent {
		blocks = (blocks != null) ? List.copyOf(blocks) : null;
	}

	/**
	 * @param text the text
	 * @return text content
	 */
	public static MessageContent ofText(String text) {
		return new MessageContent(text, null);
	}

	/**
	 * Reads the content as Novu sends it.
	 * @param raw a string, or a list of block objects
	 * @return the content
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static MessageContent fromJson(@Nullable Object raw) {
		if (raw instanceof List<?>) {
			return new MessageContent(null, NovuJson.mapper().convertValue(raw, BLOCKS));
		}
		return new MessageContent((raw != null) ? String.valueOf(raw) : null, null);
	}

	/** @return the content as Novu sends it: the text, or the list of blocks */
	@JsonValue
	@Nullable Object toJson() {
		return (this.blocks != null) ? this.blocks : this.text;
	}

	/** @return whether this is block content */
	@JsonIgnore
	public boolean isBlocks() {
		return this.blocks != null;
	}

	/**
	 * A block of an email built in Novu's editor.
	 *
	 * @param type {@code text} or {@code button}
	 * @param content the text (HTML allowed)
	 * @param url the button's link
	 * @param styles the block's styles, e.g. {@code textAlign}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record EmailBlock(@JsonProperty("type") @Nullable String type,
			@JsonProperty("content") @Nullable String content, @JsonProperty("url") @Nullable String url,
			@JsonProperty("styles") @Nullable Map<String, Object> styles) {

		/**
		 * Copies the styles.
		 * @param type {@code text} or {@code button}
		 * @param content the text (HTML allowed)
		 * @param url the button's link
		 * @param styles the block's styles, e.g. {@code textAlign}
		 */
		public EmailBlock {
			styles = (styles != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(styles)) : null;
		}

	}

}
