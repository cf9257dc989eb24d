package io.github.novu4j.client.channelconnections;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The {@code context} a channel connection or endpoint is created in: 1 to 5 entries of
 * {@code type → id} (or {@code type → {id, data}}), each type and id 1 to 100 characters of letters,
 * digits, {@code _} and {@code -} (WIRE-FORMAT-CURRENT §F). Novu stores them as {@code contextKeys}
 * {@code type:id}. Immutable; checked as it is built.
 *
 * <pre>{@code
 * ChannelContext.of("tenant", "org-acme").and("region", "eu-west");
 * }</pre>
 */
public final class ChannelContext {

	/** The most entries a context may have. */
	public static final int MAX_ENTRIES = 5;

	private static final Pattern PART = Pattern.compile("^[a-zA-Z0-9_-]{1,100}$");

	private final Map<String, Object> entries;

	private ChannelContext(Map<String, Object> entries) {
		this.entries = Collections.unmodifiableMap(entries);
	}

	/**
	 * @param type the context type, e.g. {@code tenant}
	 * @param id the context id, e.g. {@code org-acme}
	 * @return a context of one entry
	 * @throws IllegalArgumentException if the type or id breaks Novu's format
	 */
	public static ChannelContext of(String type, String id) {
		return new ChannelContext(new LinkedHashMap<>()).and(type, id);
	}

	/**
	 * @param type the context type
	 * @param id the context id
	 * @return this context with one more entry
	 * @throws IllegalArgumentException if the format breaks Novu's rules, the type repeats, or there would
	 * be more than 5 entries
	 */
	public ChannelContext and(String type, String id) {
		return with(type, check(id, "context id"));
	}

	/**
	 * @param type the context type
	 * @param id the context id
	 * @param data data Novu stores on a context it creates (an existing context keeps its data)
	 * @return this context with one more entry
	 */
	public ChannelContext and(String type, String id, @Nullable Map<String, Object> data) {
		Map<String, Object> rich = new LinkedHashMap<>();
		rich.put("id", check(id, "context id"));
		if (data != null) {
			rich.put("data", Map.copyOf(data));
		}
		return with(type, rich);
	}

	private ChannelContext with(String type, Object value) {
		check(type, "context type");
		if (this.entries.containsKey(type)) {
			throw new IllegalArgumentException("context type '" + type + "' is already set");
		}
		if (this.entries.size() >= MAX_ENTRIES) {
			throw new IllegalArgumentException("a context has at most " + MAX_ENTRIES + " entries");
		}
		Map<String, Object> copy = new LinkedHashMap<>(this.entries);
		copy.put(type, value);
		return new ChannelContext(copy);
	}

	private static String check(@Nullable String value, String name) {
		if (value == null || !PART.matcher(value).matches()) {
			throw new IllegalArgumentException(
					name + " must be 1 to 100 letters, digits, '_' or '-', was " + ((value == null) ? "null" : "'" + value + "'"));
		}
		return value;
	}

	/** @return the JSON object Novu receives */
	@JsonValue
	public Map<String, Object> toJson() {
		return this.entries;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ChannelContext context) && this.entries.equals(context.entries);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.entries);
	}

	@Override
	public String toString() {
		return "ChannelContext" + this.entries;
	}

}
