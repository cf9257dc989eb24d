package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What to mark a subscriber's messages as. An open set, like Novu's own enum.
 *
 * @param value the mark as Novu expects it, e.g. {@code read}
 */
public record MarkAs(@JsonValue String value) {

	/** Read. */
	public static final MarkAs READ = new MarkAs("read");

	/** Seen. */
	public static final MarkAs SEEN = new MarkAs("seen");

	/** Unread. */
	public static final MarkAs UNREAD = new MarkAs("unread");

	/** Unseen. */
	public static final MarkAs UNSEEN = new MarkAs("unseen");

	/**
	 * Rejects a null value.
	 * @param value the mark as Novu expects it, e.g. {@code read}
	 */
	public MarkAs {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance for it
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static MarkAs of(String value) {
		return new MarkAs(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
