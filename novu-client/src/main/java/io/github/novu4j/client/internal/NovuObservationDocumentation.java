package io.github.novu4j.client.internal;

import io.github.novu4j.client.observation.DefaultNovuClientObservationConvention;
import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation the client records around each logical operation, retries included.
 */
enum NovuObservationDocumentation implements ObservationDocumentation {

	/** One logical Novu operation. */
	OPERATION {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultNovuClientObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}
	};

	enum LowCardinalityKeys implements KeyName {

		OPERATION {
			@Override
			public String asString() {
				return "operation";
			}
		},
		METHOD {
			@Override
			public String asString() {
				return "method";
			}
		},
		OUTCOME {
			@Override
			public String asString() {
				return "outcome";
			}
		},
		STATUS {
			@Override
			public String asString() {
				return "status";
			}
		},
		EXCEPTION {
			@Override
			public String asString() {
				return "exception";
			}
		},
		HOST {
			@Override
			public String asString() {
				return "host";
			}
		}

	}

}
