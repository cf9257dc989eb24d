package io.github.novu4j.framework;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Options of a channel step (email, SMS, push, chat, in-app), as {@code @novu/framework}'s step options:
 * provider overrides and switching off output sanitising. Immutable; each method returns a changed copy.
 *
 * <pre>{@code
 * StepOptions.<EmailControls, Outputs.Email>create()
 *     .provider("sendgrid", (controls, email) -> Map.of("subject", "[Shop] " + email.subject(),
 *             "_passthrough", Map.of("headers", Map.of("X-Campaign", "orders"))))
 * }</pre>
 *
 * @param <C> the step's controls type
 * @param <O> the step's output type
 */
public final class StepOptions<C, O> {

	private final boolean disableOutputSanitization;

	private final Map<String, ProviderResolver<C, O>> providers;

	private StepOptions(boolean disableOutputSanitization, Map<String, ProviderResolver<C, O>> providers) {
		this.disableOutputSanitization = disableOutputSanitization;
		this.providers = Collections.unmodifiableMap(new LinkedHashMap<>(providers));
	}

	/**
	 * No options: outputs sanitised (email and in-app), no provider override.
	 *
	 * @param <C> the step's controls type
	 * @param <O> the step's output type
	 * @return the options
	 */
	public static <C, O> StepOptions<C, O> create() {
		return new StepOptions<>(false, Map.of());
	}

	/**
	 * Sends email and in-app outputs as the resolver returns them, without removing scripts, event handlers and
	 * {@code javascript:} links ({@code disableOutputSanitization} in {@code @novu/framework}). Only for content
	 * that no user can influence.
	 *
	 * @return a copy with sanitising off
	 */
	public StepOptions<C, O> disableOutputSanitization() {
		return new StepOptions<>(true, providers);
	}

	/**
	 * Adds a provider override.
	 *
	 * @param providerId Novu's provider id, e.g. {@code sendgrid}, {@code mailgun}, {@code slack}, {@code fcm}
	 * @param resolver computes the provider-specific output
	 * @return a copy with the override
	 * @throws IllegalArgumentException when the id is not a valid id or already has an override
	 */
	public StepOptions<C, O> provider(String providerId, ProviderResolver<C, O> resolver) {
		Workflow.checkId("providerId", providerId);
		Objects.requireNonNull(resolver, "resolver");
		if (providers.containsKey(providerId)) {
			throw new IllegalArgumentException("Provider `" + providerId + "` already has an override");
		}
		Map<String, ProviderResolver<C, O>> copy = new LinkedHashMap<>(providers);
		copy.put(providerId, resolver);
		return new StepOptions<>(disableOutputSanitization, copy);
	}

	/**
	 * Whether output sanitising is off.
	 *
	 * @return true when {@link #disableOutputSanitization()} was called
	 */
	public boolean outputSanitizationDisabled() {
		return disableOutputSanitization;
	}

	/**
	 * The provider overrides, by provider id, in the order added.
	 *
	 * @return the overrides
	 */
	public Map<String, ProviderResolver<C, O>> providers() {
		return providers;
	}

	@Override
	public String toString() {
		return "StepOptions[disableOutputSanitization=" + disableOutputSanitization + ", providers="
				+ providers.keySet() + "]";
	}
}
