package io.github.novu4j.client.agents;

import java.util.Map;

import io.github.novu4j.client.RequestOptions;

/**
 * The {@code Novu-Analytics-Source} header that {@code POST /v1/agents} declares as required: Novu uses it
 * only to attribute where agents are created ({@code cli}, {@code dashboard}, {@code api}, ...). The
 * client sends {@code api} unless the caller's options already carry the header.
 */
final class AnalyticsSource {

	static final String HEADER = "Novu-Analytics-Source";

	static final String API = "api";

	private AnalyticsSource() {
	}

	static RequestOptions apply(RequestOptions options) {
		for (String name : options.headers().keySet()) {
			if (name.equalsIgnoreCase(HEADER)) {
				return options;
			}
		}
		RequestOptions.Builder copy = RequestOptions.builder();
		if (options.idempotencyKey() != null) {
			copy.idempotencyKey(options.idempotencyKey());
		}
		if (options.retry() != null) {
			copy.retry(options.retry());
		}
		if (options.timeout() != null) {
			copy.timeout(options.timeout());
		}
		if (options.responseListener() != null) {
			copy.responseListener(options.responseListener());
		}
		for (Map.Entry<String, String> header : options.headers().entrySet()) {
			copy.header(header.getKey(), header.getValue());
		}
		return copy.header(HEADER, API).build();
	}

}
