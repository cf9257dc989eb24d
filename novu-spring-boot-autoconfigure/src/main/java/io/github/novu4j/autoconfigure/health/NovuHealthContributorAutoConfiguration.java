package io.github.novu4j.autoconfigure.health;

import java.util.Locale;

import io.github.novu4j.autoconfigure.NovuAutoConfiguration;
import io.github.novu4j.autoconfigure.NovuProperties;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuRegion;
import io.github.novu4j.client.DefaultNovuClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code novu} health indicator: active when Spring Boot's health support
 * (Actuator) is on the class path, a {@link NovuClient} bean exists, and
 * {@code management.health.novu.enabled} is not {@code false}.
 */
@AutoConfiguration(after = NovuAutoConfiguration.class)
@ConditionalOnClass({ NovuClient.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(NovuClient.class)
@EnableConfigurationProperties(NovuHealthProperties.class)
public final class NovuHealthContributorAutoConfiguration {

	// The enable condition sits on the method, as in Boot's own health configurations: a class-level one
	// would be loaded before @ConditionalOnClass could rule the class out when Actuator is absent.
	@Bean
	@ConditionalOnEnabledHealthIndicator("novu")
	@ConditionalOnMissingBean(name = { "novuHealthIndicator", "novuHealthContributor" })
	NovuHealthIndicator novuHealthIndicator(NovuClient novuClient, ObjectProvider<NovuProperties> novuProperties,
			NovuHealthProperties properties) {
		String baseUrl = baseUrlOf(novuClient, novuProperties);
		return new NovuHealthIndicator(novuClient, baseUrl, regionOf(baseUrl), properties.getTimeout(),
				properties.getCacheTtl());
	}

	/** The URL the client really calls: a customizer may have changed what the properties say. */
	private static String baseUrlOf(NovuClient client, ObjectProvider<NovuProperties> novuProperties) {
		if (client instanceof DefaultNovuClient built) {
			return built.baseUrl();
		}
		NovuProperties novu = novuProperties.getIfAvailable(NovuProperties::new);
		return NovuClient.builder().region(novu.getRegion()).baseUrl(novu.getBaseUrl()).resolveBaseUrl();
	}

	private static @Nullable String regionOf(String baseUrl) {
		for (NovuRegion region : NovuRegion.values()) {
			if (region.baseUrl().equals(baseUrl)) {
				return region.name().toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

}
