package io.github.novu4j.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuRegion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class NovuAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(NovuAutoConfiguration.class));

	private final ApplicationContextRunner withKey = this.runner.withPropertyValues("novu.api-key=" + TestKeys.API_KEY);

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(NovuAutoConfiguration.class.getName());
	}

	@Test
	void defaultsGiveAClientOfTheUsRegion() {
		this.withKey.run((context) -> {
			assertThat(context).hasSingleBean(NovuClient.class).hasSingleBean(NovuProperties.class);
			assertThat(context.getBean(NovuClient.class)).hasToString("NovuClient{baseUrl=https://api.novu.co}");
			assertThat(context.getBean(NovuProperties.class).getRegion()).isEqualTo(NovuRegion.US);
		});
	}

	@Test
	void euRegionGivesTheEuBaseUrl() {
		this.withKey.withPropertyValues("novu.region=eu")
			.run((context) -> assertThat(context.getBean(NovuClient.class))
				.hasToString("NovuClient{baseUrl=https://eu.api.novu.co}"));
	}

	@Test
	void regionBindsCaseInsensitively() {
		this.withKey.withPropertyValues("novu.region=EU")
			.run((context) -> assertThat(context.getBean(NovuProperties.class).getRegion()).isEqualTo(NovuRegion.EU));
	}

	@Test
	void baseUrlWinsOverTheRegion() {
		this.withKey.withPropertyValues("novu.region=eu", "novu.base-url=https://novu.internal.example.com/")
			.run((context) -> assertThat(context.getBean(NovuClient.class))
				.hasToString("NovuClient{baseUrl=https://novu.internal.example.com}"));
	}

	@Test
	void theApplicationsOwnClientWinsAndNeedsNoKey() {
		NovuClient own = mock(NovuClient.class);
		this.runner.withBean(NovuClient.class, () -> own).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(NovuClient.class);
			assertThat(context.getBean(NovuClient.class)).isSameAs(own);
		});
	}

	@Test
	void customizersAreAppliedInOrderAfterTheProperties() {
		this.withKey.withPropertyValues("novu.base-url=https://from-properties.example.com")
			.withUserConfiguration(OrderedCustomizers.class)
			.run((context) -> {
				assertThat(context.getBean(OrderedCustomizers.class).calls).containsExactly("first", "second");
				// The last customizer's base URL wins over the properties and the earlier customizer.
				assertThat(context.getBean(NovuClient.class))
					.hasToString("NovuClient{baseUrl=https://second.example.com}");
			});
	}

	@Test
	void disabledCreatesNothingAndNeedsNoKey() {
		this.runner.withPropertyValues("novu.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(NovuClient.class).doesNotHaveBean(NovuProperties.class);
		});
	}

	@Test
	void worksWithoutActuatorOnTheClassPath() {
		this.withKey.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate",
				"org.springframework.boot.health"))
			.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(NovuClient.class));
	}

	@Configuration(proxyBeanMethods = false)
	static class OrderedCustomizers {

		final List<String> calls = new ArrayList<>();

		// Declared in reverse order, so only @Order can put them right.
		@Bean
		@Order(2)
		NovuClientCustomizer second() {
			return (builder) -> {
				this.calls.add("second");
				builder.baseUrl("https://second.example.com");
			};
		}

		@Bean
		@Order(1)
		NovuClientCustomizer first() {
			return (builder) -> {
				this.calls.add("first");
				builder.baseUrl("https://first.example.com");
			};
		}

	}

}
