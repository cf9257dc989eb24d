package io.github.novu4j.framework;

/**
 * Computes a provider override: what Novu hands one provider (e.g. {@code sendgrid}, {@code slack}) in addition to,
 * or instead of, the step's output. A {@code _passthrough} member ({@code body}, {@code headers}, {@code query}) is
 * sent to the provider's API as it is.
 *
 * @param <C> the step's controls type
 * @param <O> the step's output type
 */
@FunctionalInterface
public interface ProviderResolver<C, O> {

	/**
	 * Computes the override.
	 *
	 * @param controls the step's controls (defaults filled, Liquid rendered)
	 * @param outputs the step's output, validated and not yet sanitised (as {@code @novu/framework} hands it)
	 * @return a map or record that serialises to a JSON object
	 * @throws Exception when it fails; answered as 502 {@code ProviderExecutionFailedError}
	 */
	Object resolve(C controls, O outputs) throws Exception;
}
