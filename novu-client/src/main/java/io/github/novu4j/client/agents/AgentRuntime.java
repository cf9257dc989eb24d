package io.github.novu4j.client.agents;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an agent's brain runs: {@code self-hosted} (your bridge) or {@code managed} (a provider such as
 * Anthropic). An open set: a runtime Novu adds later parses too; compare with the constants.
 *
 * @param value the runtime as Novu sends it
 */
public record AgentRuntime(@JsonValue String value) {

	/** The agent runs in your application, reached through its bridge URL. */
	public static final AgentRuntime SELF_HOSTED = new AgentRuntime("self-hosted");

	/** The agent is hosted by a provider and configured through {@code managedRuntime}. */
	public static final AgentRuntime MANAGED = new AgentRuntime("managed");

	/**
	 * Rejects a null value.
	 * @param value the runtime as Novu sends it
	 */
	public AgentRuntime {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a runtime as Novu sends it
	 * @return the runtime
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static AgentRuntime of(String value) {
		return new AgentRuntime(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
