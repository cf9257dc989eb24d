package io.github.novu4j.framework;

/**
 * Computes a step's output from its context.
 *
 * @param <P> the payload type
 * @param <C> the controls type
 * @param <O> the output type
 */
@FunctionalInterface
public interface StepResolver<P, C, O> {

	/**
	 * The step's output.
	 *
	 * @param context the payload, controls, subscriber and earlier results
	 * @return the output, not null
	 * @throws Exception any failure, answered to Novu as {@code StepExecutionFailedError} without details of the stack
	 */
	O resolve(StepContext<P, C> context) throws Exception;
}
