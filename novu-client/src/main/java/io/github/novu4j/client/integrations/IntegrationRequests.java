package io.github.novu4j.client.integrations;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the integration requests share. */
final class IntegrationRequests {

	private IntegrationRequests() {
	}

	/**
	 * @param conditions condition groups, or {@code null} for "not sent"
	 * @return an unmodifiable copy, or {@code null}
	 * @throws IllegalArgumentException if a group is null
	 */
	static @Nullable List<StepFilter> copyConditions(@Nullable List<StepFilter> conditions) {
		if (conditions == null) {
			return null;
		}
		// A loop, not contains(null): immutable lists throw on that.
		for (StepFilter condition : conditions) {
			if (condition == null) {
				throw new IllegalArgumentException("Integration conditions must not contain null");
			}
		}
		return List.copyOf(conditions);
	}

}
