package io.github.novu4j.client.integrations;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a {@link FieldFilterPart} looks at (its {@code on}). The OpenAPI document lists only
 * {@code subscriber} and {@code payload}, but integration conditions are written {@code on} the
 * {@link #TENANT}, and Novu knows more sources; an open set, so every one parses.
 *
 * @param value the source as Novu sends it
 */
public record FilterPartType(@JsonValue String value) {

	/** A field of the subscriber, e.g. {@code email} or {@code data.plan}. */
	public static final FilterPartType SUBSCRIBER = new FilterPartType("subscriber");

	/** A field of the trigger's payload. */
	public static final FilterPartType PAYLOAD = new FilterPartType("payload");

	/** A field of the trigger's tenant, e.g. {@code identifier}; what integration conditions look at. */
	public static final FilterPartType TENANT = new FilterPartType("tenant");

	/** A field of the answer of a webhook that Novu calls (POST) to evaluate the condition. */
	public static final FilterPartType WEBHOOK = new FilterPartType("webhook");

	/** Whether the subscriber is online. */
	public static final FilterPartType IS_ONLINE = new FilterPartType("isOnline");

	/** Whether the subscriber is online or was within a given number of minutes, hours or days. */
	public static final FilterPartType IS_ONLINE_IN_LAST = new FilterPartType("isOnlineInLast");

	/** Whether the message of an earlier step was read or seen (or was not). */
	public static final FilterPartType PREVIOUS_STEP = new FilterPartType("previousStep");

	/**
	 * Rejects a null value.
	 * @param value the source as Novu sends it
	 */
	public FilterPartType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value the value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static FilterPartType of(String value) {
		return new FilterPartType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
