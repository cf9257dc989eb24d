package io.github.novu4j.client.observation;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuTransportException;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * The default names and tags: {@code novu.client.operation} with {@code operation}, {@code method},
 * {@code outcome}, {@code status}, {@code exception} and {@code host}; all low-cardinality (no ids,
 * no payloads).
 */
public class DefaultNovuClientObservationConvention implements NovuClientObservationConvention {

	/** The observation name, and so the timer name {@code novu.client.operation}. */
	public static final String NAME = "novu.client.operation";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(NovuClientObservationContext context) {
		return "novu " + context.getOperation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(NovuClientObservationContext context) {
		return KeyValues.of(KeyValue.of("operation", context.getOperation()),
				KeyValue.of("method", context.getMethod()), KeyValue.of("outcome", outcome(context)),
				KeyValue.of("status", (context.getStatusCode() != null) ? String.valueOf(context.getStatusCode())
						: "NONE"),
				KeyValue.of("exception", (context.getError() != null) ? context.getError().getClass().getSimpleName()
						: "none"),
				KeyValue.of("host", context.getHost()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(NovuClientObservationContext context) {
		return KeyValues.of(KeyValue.of("attempts", String.valueOf(context.getAttempts())));
	}

	/**
	 * @param context the finished observation
	 * @return {@code SUCCESS}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}, {@code TRANSPORT_ERROR} or
	 * {@code UNKNOWN}
	 */
	protected String outcome(NovuClientObservationContext context) {
		Throwable error = context.getError();
		if (error == null) {
			return "SUCCESS";
		}
		if (error instanceof NovuApiException api) {
			return (api.getStatusCode() >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
		}
		if (error instanceof NovuTransportException) {
			return "TRANSPORT_ERROR";
		}
		if (error instanceof IllegalArgumentException) {
			return "CLIENT_ERROR";
		}
		return "UNKNOWN";
	}

}
