package io.github.novu4j.client.v2.environments;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of resource an environment diff or publish is about ({@code resourceType}). Open: a kind
 * Novu adds later reads as a new instance.
 *
 * <p>Novu's OpenAPI document gives this field the values {@code REGULAR|ECHO|BRIDGE}: two server enums
 * are both named {@code ResourceTypeEnum}, and the layouts' one won. The server sends and accepts the
 * values below ({@code apps/api/src/app/environments-v2/types/sync.types.ts}).
 *
 * @param value the wire value, e.g. {@code workflow}
 */
public record SyncResourceType(@JsonValue String value) {

	/** A workflow. */
	public static final SyncResourceType WORKFLOW = new SyncResourceType("workflow");

	/** A step of a workflow (in diffs). */
	public static final SyncResourceType STEP = new SyncResourceType("step");

	/** The translations of a resource. */
	public static final SyncResourceType LOCALIZATION_GROUP = new SyncResourceType("localization_group");

	/** A layout. */
	public static final SyncResourceType LAYOUT = new SyncResourceType("layout");

	/**
	 * @param value the wire value
	 * @throws IllegalArgumentException if it is blank
	 */
	public SyncResourceType {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("A resource type must not be blank");
		}
	}

	/**
	 * @param value the wire value, e.g. {@code workflow}
	 * @return the type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static SyncResourceType of(String value) {
		return new SyncResourceType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
