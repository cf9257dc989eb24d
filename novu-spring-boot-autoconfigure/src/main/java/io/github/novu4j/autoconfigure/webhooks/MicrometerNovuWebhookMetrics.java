package io.github.novu4j.autoconfigure.webhooks;

import java.util.Locale;
import java.util.Objects;

import io.github.novu4j.client.webhooks.NovuWebhookVerificationException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * {@link NovuWebhookMetrics} as Micrometer counters.
 */
public final class MicrometerNovuWebhookMetrics implements NovuWebhookMetrics {

	private final MeterRegistry registry;

	/** @param registry where the counters go */
	public MicrometerNovuWebhookMetrics(MeterRegistry registry) {
		this.registry = Objects.requireNonNull(registry, "registry");
	}

	@Override
	public void received(String type) {
		count("novu.webhooks.received", "Verified Novu webhook deliveries", "type", type);
	}

	@Override
	public void rejected(NovuWebhookVerificationException.Reason reason) {
		count("novu.webhooks.rejected", "Novu webhook deliveries that failed verification", "reason",
				reason.name().toLowerCase(Locale.ROOT));
	}

	@Override
	public void duplicate(String type) {
		count("novu.webhooks.duplicates", "Novu webhook deliveries already processed", "type", type);
	}

	@Override
	public void listenerFailed(String type) {
		count("novu.webhooks.listener.failures", "Novu webhook deliveries whose listeners failed", "type", type);
	}

	private void count(String name, String description, String tag, String value) {
		Counter.builder(name).description(description).tag(tag, value).register(this.registry).increment();
	}

}
