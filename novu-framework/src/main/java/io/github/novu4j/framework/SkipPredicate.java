package io.github.novu4j.framework;

/**
 * Decides whether a step is skipped for this run; only consulted by {@code execute}, never by {@code preview}.
 *
 * @param <P> the payload type
 * @param <C> the controls type
 */
@FunctionalInterface
public interface SkipPredicate<P, C> {

	/**
	 * Whether to skip the step.
	 *
	 * @param context the payload, controls, subscriber and earlier results
	 * @return true to skip
	 */
	boolean skip(StepContext<P, C> context);
}
