package io.github.novu4j.client.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * The contexts of a trigger ({@code context}, newer Novu servers): one to five entries of a context type
 * (e.g. {@code tenant}, {@code app}) to a context id, optionally with data. Novu creates each context the
 * first time it sees it (the data of an existing context is not updated), adds {@code type:id} to the
 * notification's {@code contextKeys}, and templates read it as {@code {{context.tenant.data.name}}}.
 * Serialized as Novu expects: {@code {"tenant":"acme"}} or {@code {"tenant":{"id":"acme","data":{..}}}}.
 *
 * <pre>{@code
 * TriggerContext.builder().add("tenant", "acme", Map.of("name", "Acme")).add("app", "web").build();
 * }</pre>
 */
public final class TriggerContext {

	/** The most entries a trigger may carry. */
	public static final int MAX_ENTRIES = 5;

	/** The longest type or id Novu accepts. */
	public static final int MAX_LENGTH = 100;

	private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_-]+");

	private final Map<String, Object> entries;

	private TriggerContext(Map<String, Object> entries) {
		this.entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	/**
	 * @param type the context type, e.g. {@code tenant}
	 * @param id the context id, e.g. {@code acme}
	 * @return a context with one entry
	 * @throws IllegalArgumentException if the type or id is not 1 to 100 of {@code a-z A-Z 0-9 _ -}
	 */
	public static TriggerContext of(String type, String id) {
		return builder().add(type, id).build();
	}

	/** @return a builder */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * What the request builders' {@code context(type, id)} does: one more entry.
	 * @param context the contexts so far, or {@code null}
	 * @param type the context type
	 * @param id the context id
	 * @param data the context's data, or {@code null} for an entry without data
	 * @return the contexts with the entry added or replaced
	 */
	static TriggerContext plus(@Nullable TriggerContext context, String type, String id,
			@Nullable Map<String, ?> data) {
		Builder builder = (context != null) ? context.toBuilder() : builder();
		return ((data != null) ? builder.add(type, id, data) : builder.add(type, id)).build();
	}

	/** @return a builder holding this context's entries, to add more */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.entries.putAll(this.entries);
		return builder;
	}

	/**
	 * @param type a context type
	 * @return the id of that entry, or {@code null} if there is none
	 */
	@SuppressWarnings("unchecked")
	public @Nullable String id(String type) {
		Object value = this.entries.get(type);
		if (value instanceof Map<?, ?> entry) {
			return (String) ((Map<String, Object>) entry).get("id");
		}
		return (String) value;
	}

	/** @return the entries as Novu receives them: type to id, or type to {@code {id, data}} */
	@JsonValue
	public Map<String, Object> asMap() {
		return this.entries;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof TriggerContext context) && this.entries.equals(context.entries);
	}

	@Override
	public int hashCode() {
		return this.entries.hashCode();
	}

	@Override
	public String toString() {
		return "TriggerContext" + this.entries;
	}

	private static String check(String what, @Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !KEY.matcher(value).matches()) {
			throw new IllegalArgumentException("A trigger context " + what + " must be 1 to " + MAX_LENGTH
					+ " characters of a-z, A-Z, 0-9, '_' or '-', got '" + value + "'");
		}
		return value;
	}

	/** Builder of {@link TriggerContext}: entries keep the order they are added in. */
	public static final class Builder {

		private final Map<String, Object> entries = new LinkedHashMap<>();

		private Builder() {
		}

		/**
		 * Adds or replaces the entry of a type.
		 * @param type the context type, e.g. {@code tenant}
		 * @param id the context id, e.g. {@code acme}
		 * @return this builder
		 * @throws IllegalArgumentException if the type or id is not 1 to 100 of {@code a-z A-Z 0-9 _ -}
		 */
		public Builder add(String type, String id) {
			this.entries.put(check("type", type), check("id", id));
			return this;
		}

		/**
		 * Adds or replaces the entry of a type, with data (used only when Novu creates the context).
		 * @param type the context type, e.g. {@code tenant}
		 * @param id the context id, e.g. {@code acme}
		 * @param data the context's data, e.g. {@code {"name": "Acme"}}
		 * @return this builder
		 * @throws IllegalArgumentException if the type or id is not 1 to 100 of {@code a-z A-Z 0-9 _ -}
		 */
		public Builder add(String type, String id, Map<String, ?> data) {
			Objects.requireNonNull(data, "data");
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", check("id", id));
			entry.put("data", Collections.unmodifiableMap(new LinkedHashMap<>(data)));
			this.entries.put(check("type", type), Collections.unmodifiableMap(entry));
			return this;
		}

		/**
		 * @return the context
		 * @throws IllegalArgumentException if it has no entry or more than {@value #MAX_ENTRIES}
		 */
		public TriggerContext build() {
			if (this.entries.isEmpty() || this.entries.size() > MAX_ENTRIES) {
				throw new IllegalArgumentException("A trigger context takes 1 to " + MAX_ENTRIES + " entries, got "
						+ this.entries.size());
			}
			return new TriggerContext(this.entries);
		}

	}

}
