package io.github.novu4j.client.v2.workflows;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a workflow or step was made ({@code ResourceOriginEnum}).
 * An open set: a value Novu adds later arrives as an instance too; compare with the constants.
 *
 * @param value the value as Novu sends it
 */
public record ResourceOrigin(@JsonValue String value) {

	/** Made in Novu Cloud (the dashboard or this API). */
	public static final ResourceOrigin NOVU_CLOUD = new ResourceOrigin("novu-cloud");

	/** A Novu Cloud workflow of the v1 generation. */
	public static final ResourceOrigin NOVU_CLOUD_V1 = new ResourceOrigin("novu-cloud-v1");

	/** Made in code (Novu Framework) and synced. */
	public static final ResourceOrigin EXTERNAL = new ResourceOrigin("external");

	/**
	 * Rejects a null value.
	 * @param value the value as Novu sends it
	 */
	public ResourceOrigin {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ResourceOrigin of(String value) {
		return new ResourceOrigin(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
