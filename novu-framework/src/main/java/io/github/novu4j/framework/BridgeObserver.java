package io.github.novu4j.framework;

import java.util.function.Function;
import java.util.function.Supplier;

import io.github.novu4j.framework.BridgeObservationDocumentation.LowCardinalityKeys;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Records a Micrometer observation per bridge request. Only this class and {@link BridgeObservationDocumentation}
 * touch Micrometer, and only when the application handed the bridge an {@link ObservationRegistry}, so Micrometer
 * stays an optional dependency.
 */
final class BridgeObserver {

	private final ObservationRegistry registry;

	BridgeObserver(Object registry) {
		this.registry = (ObservationRegistry) registry;
	}

	/** The tags of one request, known once it is answered. */
	record Tags(String action, String workflow, String step, String outcome, int status, String error,
			boolean serverError) {
	}

	BridgeResponse observe(Supplier<BridgeResponse> handling, Function<BridgeResponse, Tags> tags) {
		Observation observation = BridgeObservationDocumentation.BRIDGE_ACTION.observation(registry).start();
		try (Observation.Scope scope = observation.openScope()) {
			BridgeResponse response = handling.get();
			Tags answered = tags.apply(response);
			observation.contextualName("novu bridge " + answered.action());
			observation.lowCardinalityKeyValue(LowCardinalityKeys.ACTION.withValue(answered.action()))
				.lowCardinalityKeyValue(LowCardinalityKeys.WORKFLOW.withValue(answered.workflow()))
				.lowCardinalityKeyValue(LowCardinalityKeys.STEP.withValue(answered.step()))
				.lowCardinalityKeyValue(LowCardinalityKeys.OUTCOME.withValue(answered.outcome()))
				.lowCardinalityKeyValue(LowCardinalityKeys.STATUS.withValue(String.valueOf(answered.status())))
				.lowCardinalityKeyValue(LowCardinalityKeys.ERROR.withValue(answered.error()));
			if (answered.serverError()) {
				observation.error(new IllegalStateException(answered.error()));
			}
			return response;
		}
		finally {
			observation.stop();
		}
	}
}
