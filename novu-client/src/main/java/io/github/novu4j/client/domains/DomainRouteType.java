package io.github.novu4j.client.domains;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a domain route delivers inbound mail: to an agent or to your outbound webhooks. An open set: a value Novu adds later parses too; compare with the constants.
 *
 * @param value the value as Novu sends it
 */
public record DomainRouteType(@JsonValue String value) {

	/** To an agent (set {@code agentId}). */
	public static final DomainRouteType AGENT = new DomainRouteType("agent");

	/** To the environment's outbound webhooks ({@code email.received}). */
	public static final DomainRouteType WEBHOOK = new DomainRouteType("webhook");

	/**
	 * Rejects a null value.
	 * @param value the value as Novu sends it
	 */
	public DomainRouteType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DomainRouteType of(String value) {
		return new DomainRouteType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
