package io.github.novu4j.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The {@code context} a request carries: 1 to 5 entries of context type to context id, each either a
 * plain id ({@code "tenant":"org-acme"}) or an id with data ({@code "tenant":{"id":"org-acme","data":{..}}}),
 * as WIRE-FORMAT-CURRENT §F describes. Types and ids are 1 to 100 characters of {@code a-z A-Z 0-9 _ -};
 * all of it is checked when built, before anything is sent. One type serves every request that
 * carries a context: triggers and broadcasts, v2 topic subscriptions, channel connections and
 * endpoints, the OAuth URL requests. Novu finds or creates a persistent
 * {@link io.github.novu4j.client.v2.contexts.Context} for each entry (the data of an existing context is not updated) and scopes
 * notifications, subscriptions and preferences by the keys {@code type:id}.
 *
 * <pre>{@code
 * ContextMap context = ContextMap.builder()
 *     .put("tenant", "org-acme", Map.of("name", "Acme Corp"))
 *     .put("app", "web")
 *     .build();
 * }</pre>
 */
public final class ContextMap {

	/** The most entries Novu accepts in one context. */
	public static final int MAX_ENTRIES = 5;

	/** The longest context type or id Novu accepts. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern TYPE_OR_ID = Pattern.compile("[a-zA-Z0-9_-]+");

	private final Map<String, Object> entries;

	private ContextMap(Map<String, Object> entries) {
		if (entries.isEmpty() || entries.size() > MAX_ENTRIES) {
			throw new IllegalArgumentException(
					"A context needs 1 to " + MAX_ENTRIES + " entries, was " + entries.size());
		}
		this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	/**
	 * @param type the context type, e.g. {@code tenant}
	 * @param id the context id, e.g. {@code org-acme}
	 * @return a context of one entry
	 * @throws IllegalArgumentException if the type or id is malformed
	 */
	public static ContextMap of(String type, String id) {
		return builder().put(type, id).build();
	}

	/**
	 * @param type the context type, e.g. {@code tenant}
	 * @param id the context id, e.g. {@code org-acme}
	 * @param data data of the context, used only when Novu creates it
	 * @return a context of one entry with data
	 * @throws IllegalArgumentException if the type or id is malformed
	 */
	public static ContextMap of(String type, String id, Map<String, ? extends @Nullable Object> data) {
		return builder().put(type, id, data).build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Checks a context type or id as Novu does ({@code ^[a-zA-Z0-9_-]+$}, 1 to 100 characters).
	 * @param value the type or id
	 * @param name what it is, for the message
	 * @return the value, unchanged
	 * @throws IllegalArgumentException if it is null or malformed
	 */
	public static String requireTypeOrId(@Nullable String value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must not be null");
		}
		if (value.isEmpty() || value.length() > MAX_LENGTH || !TYPE_OR_ID.matcher(value).matches()) {
			throw new IllegalArgumentException(name + " must be 1 to " + MAX_LENGTH
					+ " characters of a-z, A-Z, 0-9, '_' and '-', was '" + value + "'");
		}
		return value;
	}

	/**
	 * @return the entries as they go on the wire: type to id ({@code String}) or to
	 * {@code {"id":..,"data":{..}}} ({@code Map}); unmodifiable, in insertion order
	 */
	@JsonValue
	public Map<String, Object> entries() {
		return this.entries;
	}

	/**
	 * The same context with the entry of a type added, or replaced when the type is already set (what a
	 * request builder's {@code context(type, id)} does).
	 * @param type the context type
	 * @param id the context id
	 * @return a new context
	 * @throws IllegalArgumentException if the type or id is malformed, or a sixth type is added
	 */
	public ContextMap with(String type, String id) {
		return toBuilder(type).put(type, id).build();
	}

	/**
	 * As {@link #with(String, String)}, with data.
	 * @param type the context type
	 * @param id the context id
	 * @param data data of the context, used only when Novu creates it
	 * @return a new context
	 */
	public ContextMap with(String type, String id, Map<String, ? extends @Nullable Object> data) {
		return toBuilder(type).put(type, id, data).build();
	}

	private Builder toBuilder(String without) {
		Builder builder = new Builder();
		this.entries.forEach((type, value) -> {
			if (!type.equals(without)) {
				builder.entries.put(type, value);
			}
		});
		return builder;
	}

	/**
	 * @param type a context type
	 * @return the id of that entry, or {@code null} if there is none
	 */
	public @Nullable String id(String type) {
		Object value = this.entries.get(type);
		return (value != null) ? String.valueOf(idOf(value)) : null;
	}

	/** @return the context keys Novu derives, {@code type:id}, in insertion order */
	public List<String> keys() {
		List<String> keys = new ArrayList<>();
		this.entries.forEach((type, value) -> keys.add(type + ":" + idOf(value)));
		return keys;
	}

	private static Object idOf(Object value) {
		return (value instanceof Map<?, ?> rich) ? rich.get("id") : value;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ContextMap that) && this.entries.equals(that.entries);
	}

	@Override
	public int hashCode() {
		return this.entries.hashCode();
	}

	@Override
	public String toString() {
		return "ContextMap" + this.entries;
	}

	/** Builds a {@link ContextMap}. */
	public static final class Builder {

		private final Map<String, Object> entries = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * @param type the context type, e.g. {@code tenant}
		 * @param id the context id, e.g. {@code org-acme}
		 * @return this builder
		 * @throws IllegalArgumentException if the type or id is malformed or the type is already set
		 */
		public Builder put(String type, String id) {
			return add(type, requireTypeOrId(id, "context id of '" + type + "'"));
		}

		/**
		 * @param type the context type, e.g. {@code tenant}
		 * @param id the context id, e.g. {@code org-acme}
		 * @param data data of the context, used only when Novu creates it (templates read it as
		 * {@code {{context.tenant.data.name}}})
		 * @return this builder
		 * @throws IllegalArgumentException if the type or id is malformed or the type is already set
		 */
		public Builder put(String type, String id, Map<String, ? extends @Nullable Object> data) {
			Objects.requireNonNull(data, "data");
			Map<String, Object> rich = new LinkedHashMap<>();
			rich.put("id", requireTypeOrId(id, "context id of '" + type + "'"));
			rich.put("data", Collections.unmodifiableMap(new LinkedHashMap<>(data)));
			return add(type, Collections.unmodifiableMap(rich));
		}

		private Builder add(String type, Object value) {
			requireTypeOrId(type, "context type");
			if (this.entries.putIfAbsent(type, value) != null) {
				throw new IllegalArgumentException("context type '" + type + "' is set twice");
			}
			return this;
		}

		/**
		 * @return the context
		 * @throws IllegalArgumentException if it has no entry or more than {@value ContextMap#MAX_ENTRIES}
		 */
		public ContextMap build() {
			return new ContextMap(this.entries);
		}

	}

}
