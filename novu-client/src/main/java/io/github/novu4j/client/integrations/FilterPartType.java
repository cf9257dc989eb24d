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

	public static final FilterPartType SUBSCRIBER = new FilterPartType("subscriber");

	public static final FilterPartType PAYLOAD = new FilterPartType("payload");

	public static final FilterPartType TENANT = new FilterPartType("tenant");

	public static final FilterPartType WEBHOOK = new FilterPartType("webhook");

	public static final FilterPartType IS_ONLINE = new FilterPartType("isOnline");

	public static final FilterPartType IS_ONLINE_IN_LAST = new FilterPartType("isOnlineInLast");

	public static final FilterPartType PREVIOUS_STEP = new FilterPartType("previousStep");

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
