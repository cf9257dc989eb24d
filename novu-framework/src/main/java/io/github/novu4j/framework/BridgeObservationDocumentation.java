package io.github.novu4j.framework;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observation the bridge records around each request it answers: {@code novu.framework.bridge}, with only
 * low-cardinality keys. Never the payload, the controls, the subscriber or the secret key; workflow and step ids only
 * when the bridge serves them ({@code unknown} otherwise, so a caller cannot create new tag values).
 */
enum BridgeObservationDocumentation implements ObservationDocumentation {

	/** One bridge request. */
	BRIDGE_ACTION {
		@Override
		public String getName() {
			return "novu.framework.bridge";
		}

		@Override
		public String getContextualName() {
			return "novu bridge";
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return LowCardinalityKeys.values();
		}
	};

	/** The tags, named as the bridge writes them. */
	enum LowCardinalityKeys implements KeyName {

		/** {@code health-check}, {@code discover}, {@code execute}, {@code preview}, {@code options} or {@code other}. */
		ACTION("action"),
		/** The workflow id when served, {@code unknown} when not, {@code none} when the action has none. */
		WORKFLOW("workflow"),
		/** The step id when the workflow has it, {@code unknown} when not, {@code none} when the action has none. */
		STEP("step"),
		/** {@code SUCCESS}, {@code SKIPPED}, {@code CLIENT_ERROR} (4xx) or {@code SERVER_ERROR} (5xx). */
		OUTCOME("outcome"),
		/** The HTTP status answered. */
		STATUS("status"),
		/** The error code answered (e.g. {@code SignatureMismatchError}), or {@code none}. */
		ERROR("error");

		private final String key;

		LowCardinalityKeys(String key) {
			this.key = key;
		}

		@Override
		public String asString() {
			return key;
		}
	}
}
