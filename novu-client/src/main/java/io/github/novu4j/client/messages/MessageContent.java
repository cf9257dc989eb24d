package io.github.novu4j.client.messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The content of a message, which Novu sends either as text (in-app, SMS, chat, push, and HTML email)
 * or as the blocks of an email built with its block editor. Exactly one of {@link #text()} and
 * {@link #blocks()} is set.
 *
 * @param text the content as text, or {@code null} for block content
 * @param blocks the email blocks, or {@code null} for text content
 */
public record MessageContent(@Nullable String text, @Nullable List<EmailBlock> blocks) {

	/**
	 * Checks that the content is either text or blocks, and copies the blocks.
	 * @param text the content as text, or {@code null} for block content
	 * @param blocks the email blocks, or {@code null} for text content
	 * @throws IllegalArgumentException if both or neither are set
	 */
	public MessageContent {
		if ((text == null) == (blocks == null)) {
			throw new IllegalArgumentException("A message content is either text or blocks");
		}
		blocks = (blocks != null) ? List.copyOf(blocks) : null;
	}

	/**
	 * Reads the content as Novu sends it: a string, an array of blocks or a single block.
	 * @param raw the JSON value, as plain Java objects
	 * @return the content
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MessageContent of(Object raw) {
		if (raw instanceof Collection<?> items) {
			List<EmailBlock> blocks = new ArrayList<>(items.size());
			for (Object item : items) {
				blocks.add(block(item));
			}
			return new MessageContent(null, blocks);
		}
		if (raw instanceof Map<?, ?>) {
			return new MessageContent(null, List.of(block(raw)));
		}
		return new MessageContent(String.valueOf(raw), null);
	}

	/** @return whether the content is text */
	public boolean isText() {
		return this.text != null;
	}

	/** @return the value Novu sends: the text or the blocks */
	@JsonValue
	public Object toJson() {
		return (this.text != null) ? this.text : this.blocks;
	}

	@Override
	public String toString() {
		return (this.text != null) ? this.text : String.valueOf(this.blocks);
	}

	// The creator receives untyped values (so it works with Jackson 2 and 3): map the few block fields here.
	private static EmailBlock block(@Nullable Object item) {
		if (!(item instanceof Map<?, ?> fields)) {
			return new EmailBlock("text", (item != null) ? String.valueOf(item) : null, null, null, null);
		}
		EmailBlock.Styles styles = null;
		if (fields.get("styles") instanceof Map<?, ?> style) {
			styles = new EmailBlock.Styles(text(style.get("textAlign")), rest(style, Set.of("textAlign")));
		}
		return new EmailBlock(text(fields.get("type")), text(fields.get("content")), text(fields.get("url")), styles,
				rest(fields, Set.of("type", "content", "url", "styles")));
	}

	// What a block carries beyond its modelled members stays reachable, as on every response record.
	private static Map<String, @Nullable Object> rest(Map<?, ?> fields, Set<String> modelled) {
		Map<String, @Nullable Object> rest = new LinkedHashMap<>();
		fields.forEach((name, value) -> {
			if (!modelled.contains(String.valueOf(name))) {
				rest.put(String.valueOf(name), value);
			}
		});
		return rest;
	}

	private static @Nullable String text(@Nullable Object value) {
		return (value != null) ? String.valueOf(value) : null;
	}

}
