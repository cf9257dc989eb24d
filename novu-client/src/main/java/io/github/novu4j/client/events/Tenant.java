package io.github.novu4j.client.events;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * The tenant context of a trigger: a tenant id, or a tenant with details (Novu updates it).
 */
public final class Tenant {

	private final Object json;

	private Tenant(Object json) {
		this.json = json;
	}

	/**
	 * @param identifier the tenant's id in your system
	 * @return a tenant reference
	 */
	public static Tenant of(String identifier) {
		return new Tenant(PathSegments.requireId(identifier, "tenant identifier"));
	}

	/**
	 * @param identifier the tenant's id in your system
	 * @param name its name, or {@code null}
	 * @param data its attributes, or {@code null}
	 * @return a tenant with details
	 */
	public static Tenant of(String identifier, @Nullable String name, @Nullable Map<String, Object> data) {
		Map<String, Object> tenant = new LinkedHashMap<>();
		tenant.put("identifier", PathSegments.requireId(identifier, "tenant identifier"));
		if (name != null) {
			tenant.put("name", name);
		}
		if (data != null) {
			tenant.put("data", data);
		}
		return new Tenant(tenant);
	}

	/** @return the JSON value: a string or an object */
	@JsonValue
	public Object toJson() {
		return this.json;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof Tenant tenant) && this.json.equals(tenant.json);
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	@Override
	public String toString() {
		return "Tenant{" + this.json + "}";
	}

}
