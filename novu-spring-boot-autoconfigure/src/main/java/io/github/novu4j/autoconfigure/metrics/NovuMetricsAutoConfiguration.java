package io.github.novu4j.autoconfigure.metrics;

import io.github.novu4j.autoconfigure.NovuAutoConfiguration;
import io.github.novu4j.autoconfigure.NovuClientCustomizer;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.micrometer.NovuClientMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the Novu client's meters besides its {@code novu.client.operation} timer (which
 * comes from the {@code ObservationRegistry} that {@link NovuAutoConfiguration} hands the client): a
 * {@link NovuClientMetrics} bean, which Spring Boot binds to every {@link MeterRegistry} as a
 * {@code MeterBinder}, and a customizer that makes the auto-configured client report to it. An
 * application that builds its own {@code NovuClient} can add the bean with
 * {@code builder.clientListener(novuClientMetrics)}.
 */
@AutoConfiguration(before = NovuAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ NovuClient.class, NovuClientMetrics.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
public final class NovuMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	NovuClientMetrics novuClientMetrics() {
		return new NovuClientMetrics();
	}

	@Bean
	NovuClientCustomizer novuClientMetricsCustomizer(NovuClientMetrics novuClientMetrics) {
		return (builder) -> builder.clientListener(novuClientMetrics);
	}

}
