package io.github.novu4j.framework;

import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * What a step's resolver and skip predicate see: the validated payload, the step's controls (defaults filled,
 * Liquid rendered), the subscriber and the results of earlier steps.
 *
 * @param <P> the payload type
 * @param <C> the controls type
 */
public final class StepContext<P, C> {

	private final P payload;

	private final C controls;

	private final Subscriber subscriber;

	private final Map<String, Object> context;

	private final Function<String, @Nullable Object> rawResult;

	private final ResultReader results;

	StepContext(P payload, C controls, Subscriber subscriber, Map<String, Object> context, ResultReader results) {
		this.payload = payload;
		this.controls = controls;
		this.subscriber = subscriber;
		this.context = Map.copyOf(context);
		this.rawResult = results::raw;
		this.results = results;
	}

	/**
	 * The payload the workflow was triggered with, validated and with its defaults filled.
	 *
	 * @return the payload
	 */
	public P payload() {
		return payload;
	}

	/**
	 * The step's controls: the values set in Novu's dashboard, defaults filled, Liquid rendered.
	 *
	 * @return the controls
	 */
	public C controls() {
		return controls;
	}

	/**
	 * The subscriber the workflow runs for.
	 *
	 * @return the subscriber
	 */
	public Subscriber subscriber() {
		return subscriber;
	}

	/**
	 * The trigger's context (Novu's {@code context} object), empty when none.
	 *
	 * @return the context
	 */
	public Map<String, Object> context() {
		return context;
	}

	/**
	 * The result of an earlier step of this workflow, e.g. {@code step("digest", Results.Digest.class)}.
	 *
	 * @param stepId the earlier step's id
	 * @param type the result type ({@link Results} records, or a custom step's output record)
	 * @param <R> the result type
	 * @return the result
	 * @throws IllegalArgumentException when the step is not an earlier step of this workflow
	 */
	public <R> R step(String stepId, Class<R> type) {
		if (rawResult.apply(stepId) == null) {
			throw new IllegalArgumentException("No result of an earlier step `" + stepId + "`");
		}
		return results.read(stepId, type);
	}

	/** Reads earlier steps' results (hydrated from {@code state[]}). */
	interface ResultReader {

		@Nullable Object raw(String stepId);

		<R> R read(String stepId, Class<R> type);
	}
}
