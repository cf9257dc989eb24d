package io.github.novu4j.autoconfigure.health;

import java.time.Duration;

import io.github.novu4j.autoconfigure.NovuAutoConfiguration;
import io.github.novu4j.autoconfigure.NovuClientCustomizer;
import io.github.novu4j.client.NovuClient;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class NovuHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(NovuAutoConfiguration.class, HealthContributorAutoConfiguration.class,
				NovuHealthContributorAutoConfiguration.class))
		.withPropertyValues("novu.api-key=" + NovuHealthIndicatorTests.API_KEY);

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(NovuHealthContributorAutoConfiguration.class.getName());
	}

	@Test
	void registersTheNovuIndicatorWithDefaults() {
		this.runner.withPropertyValues("novu.region=eu").run((context) -> {
			assertThat(context).hasSingleBean(NovuHealthIndicator.class).hasBean("novuHealthIndicator");
			assertThat(context.getBean(NovuHealthIndicator.class)).hasToString(
					"NovuHealthIndicator{baseUrl=https://eu.api.novu.co, timeout=PT5S, cacheTtl=PT30S}");
			assertThat(context.getBean(NovuHealthProperties.class).getCacheTtl()).isEqualTo(Duration.ofSeconds(30));
		});
	}

	@Test
	void bindsTheCacheTimeAndTimeoutAndUsesTheBaseUrl() {
		this.runner
			.withPropertyValues("novu.base-url=https://novu.internal.example.com/", "novu.health.cache-ttl=2m",
					"novu.health.timeout=1500ms")
			.run((context) -> assertThat(context.getBean(NovuHealthIndicator.class)).hasToString(
					"NovuHealthIndicator{baseUrl=https://novu.internal.example.com, timeout=PT1.5S, cacheTtl=PT2M}"));
	}

	@Test
	void reportsTheBaseUrlTheClientReallyCalls() {
		this.runner.withPropertyValues("novu.region=eu")
			.withBean(NovuClientCustomizer.class, () -> (builder) -> builder.baseUrl("https://novu-proxy.example.com"))
			.run((context) -> assertThat(context.getBean(NovuHealthIndicator.class))
				.hasToString("NovuHealthIndicator{baseUrl=https://novu-proxy.example.com, timeout=PT5S, cacheTtl=PT30S}"));
	}

	@Test
	void isOffWhenDisabledByProperty() {
		this.runner.withPropertyValues("management.health.novu.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(NovuHealthIndicator.class));
	}

	@Test
	void isOffWhenHealthIndicatorsAreOffByDefaultAndOnWhenNamed() {
		this.runner.withPropertyValues("management.health.defaults.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(NovuHealthIndicator.class));
		this.runner.withPropertyValues("management.health.defaults.enabled=false", "management.health.novu.enabled=true")
			.run((context) -> assertThat(context).hasSingleBean(NovuHealthIndicator.class));
	}

	@Test
	void isAbsentWithoutActuatorHealth() {
		// Without spring-boot-health, Boot's own health auto-configurations are not there either.
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(NovuAutoConfiguration.class, NovuHealthContributorAutoConfiguration.class))
			.withPropertyValues("novu.api-key=" + NovuHealthIndicatorTests.API_KEY)
			.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(NovuClient.class);
				assertThat(context).doesNotHaveBean(NovuHealthIndicator.class);
				assertThat(context).doesNotHaveBean("novuHealthIndicator");
			});
	}

	@Test
	void isAbsentWithoutAClient() {
		this.runner.withPropertyValues("novu.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(NovuHealthIndicator.class));
	}

	@Test
	void checksTheApplicationsOwnClient() {
		NovuClient own = mock(NovuClient.class);
		this.runner.withBean(NovuClient.class, () -> own)
			.run((context) -> assertThat(context).hasSingleBean(NovuHealthIndicator.class));
	}

	@Test
	void theApplicationsOwnIndicatorWins() {
		HealthIndicator own = () -> Health.up().build();
		this.runner.withBean("novuHealthIndicator", HealthIndicator.class, () -> own).run((context) -> {
			assertThat(context).doesNotHaveBean(NovuHealthIndicator.class);
			assertThat(context.getBean("novuHealthIndicator")).isSameAs(own);
		});
	}

}
