package io.github.novu4j.framework;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A record type the bridge describes with a JSON Schema (payload or step controls), with optional defaults.
 * Each non-null component of the defaults instance becomes that property's {@code default} in the schema and is
 * filled in when Novu leaves the property out.
 *
 * @param <T> the record type
 */
public final class JsonType<T> {

	private final Class<T> type;

	private final @Nullable T defaults;

	private JsonType(Class<T> type, @Nullable T defaults) {
		this.type = Objects.requireNonNull(type, "type");
		this.defaults = defaults;
	}

	/**
	 * A type without defaults.
	 *
	 * @param type the record class
	 * @param <T> the record type
	 * @return the type
	 */
	public static <T> JsonType<T> of(Class<T> type) {
		return new JsonType<>(type, null);
	}

	/**
	 * A type whose defaults are the non-null components of the given instance.
	 *
	 * @param defaults the defaults
	 * @param <T> the record type
	 * @return the type
	 */
	@SuppressWarnings("unchecked")
	public static <T> JsonType<T> withDefaults(T defaults) {
		Objects.requireNonNull(defaults, "defaults");
		return new JsonType<>((Class<T>) defaults.getClass(), defaults);
	}

	/**
	 * The type without properties, for steps that have no controls.
	 *
	 * @return the empty type
	 */
	public static JsonType<NoControls> none() {
		return of(NoControls.class);
	}

	/**
	 * The Java type.
	 *
	 * @return the record class
	 */
	public Class<T> type() {
		return type;
	}

	/**
	 * The defaults instance.
	 *
	 * @return the defaults, or {@code null} when there are none
	 */
	public @Nullable T defaults() {
		return defaults;
	}

	/** Controls of a step that has none. */
	public record NoControls() {
	}
}
