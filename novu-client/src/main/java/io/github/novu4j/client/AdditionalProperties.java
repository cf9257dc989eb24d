package io.github.novu4j.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A response record that keeps the JSON members it does not model, so a field Novu adds is
 * reachable the day it appears and nothing the server sends is lost.
 *
 * <p>Every response record of the client implements it the same way: its last component is
 * <pre>{@code
 * @JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties
 * }</pre>
 * normalised in the compact constructor with {@link #copyOf(Map)}. Jackson puts every member
 * without a matching component into that map while decoding, and writes it back when the record is
 * serialized, so a decoded record round-trips to the JSON it came from.
 */
public interface AdditionalProperties {

	/**
	 * JSON members Novu sent that this record does not model, by name, as plain Java values
	 * ({@code Map}, {@code List}, {@code String}, {@code Number}, {@code Boolean} or {@code null}).
	 * @return an unmodifiable map, empty when every member is modelled; never {@code null}
	 */
	Map<String, @Nullable Object> additionalProperties();

	/**
	 * Copies the members for a record's compact constructor: unmodifiable, in Novu's order, {@code null}
	 * values kept (a member Novu sends as {@code null} is still a member).
	 * @param members what Jackson collected, or {@code null} when the record was built in code
	 * @return an unmodifiable copy, empty for {@code null}
	 */
	static Map<String, @Nullable Object> copyOf(@Nullable Map<String, @Nullable Object> members) {
		if (members == null || members.isEmpty()) {
			return Map.of();
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(members));
	}

}
