package io.github.novu4j.client.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a Novu operation. Implement it (or extend
 * {@link DefaultNovuClientObservationConvention}) and pass it to the client builder to change them.
 */
public interface NovuClientObservationConvention extends ObservationConvention<NovuClientObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof NovuClientObservationContext;
	}

}
