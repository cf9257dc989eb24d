package io.github.novu4j.autoconfigure;

import java.util.Objects;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.github.novu4j.client.RetrySettings;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of a {@link NovuClient} from {@link NovuProperties} ({@code novu.*}).
 *
 * <p>The client starts from a clone of Spring Boot's {@code RestClient.Builder}, and its HTTP client is
 * made by Boot's {@code ClientHttpRequestFactoryBuilder} with the Novu timeouts, so Boot's HTTP client
 * detection, {@code spring.http.clients.*} settings (SSL bundle included) and {@code http.client.requests}
 * observations apply to Novu calls as to any other. Both are made on the client's first call, not at
 * startup. Without Boot's RestClient support on the class path
 * the client uses its own defaults. {@link NovuClientCustomizer} beans are applied last.
 *
 * <p>{@code novu.retry.*} and {@code novu.idempotency.enabled} set how calls are retried and whether they
 * carry automatic idempotency keys. {@code novu.enabled=false} creates nothing; a missing {@code novu.api-key}
 * or any invalid {@code novu.*} value stops startup with a failure analysis naming the property.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ NovuClient.class, RestClient.class })
@ConditionalOnBooleanProperty(name = "novu.enabled", matchIfMissing = true)
@EnableConfigurationProperties(NovuProperties.class)
public final class NovuAutoConfiguration {

	private static final String BOOT_HTTP_CLIENT = "org.springframework.boot.http.client."
			+ "ClientHttpRequestFactoryBuilder";

	@Bean
	@ConditionalOnMissingBean
	NovuClient novuClient(NovuProperties properties, ObjectProvider<RestClient.Builder> restClientBuilder,
			ObjectProvider<ObservationRegistry> observationRegistry, ObjectProvider<NovuClientCustomizer> customizers,
			BeanFactory beanFactory, ResourceLoader resourceLoader, Environment environment) {
		new NovuPropertiesCheck(environment).check(properties);
		NovuClientBuilder builder = NovuClient.builder()
			.apiKey(Objects.requireNonNull(properties.getApiKey()))
			.region(properties.getRegion())
			.baseUrl(properties.getBaseUrl())
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			.retry(retrySettings(properties.getRetry()))
			.idempotencyKeys(properties.getIdempotency().isEnabled())
			// Boot's builder is a prototype bean and the client clones it again: nothing is shared. Asked for on
			// the first call: creating it makes an HTTP client (TLS set-up included) and message converters,
			// most of what the client would add to startup (docs/benchmarks.md, "Session 4: start-up").
			.restClientBuilderOnFirstCall(() -> restClientBuilder.getIfUnique(RestClient::builder));
		ClassLoader classLoader = resourceLoader.getClassLoader();
		if (classLoader != null && ClassUtils.isPresent(BOOT_HTTP_CLIENT, classLoader)) {
			// Made from the timeouts in effect at build() (so a customizer's still reach Boot's HTTP client), on the
			// first call.
			builder.requestFactoryFromTimeouts((connectTimeout, readTimeout) -> NovuHttpClients.requestFactory(beanFactory,
					classLoader, connectTimeout, readTimeout));
		}
		observationRegistry.ifUnique(builder::observationRegistry);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	static RetrySettings retrySettings(NovuProperties.Retry retry) {
		// NovuPropertiesCheck has checked the values, naming the property of a bad one.
		return RetrySettings.builder()
			.enabled(retry.isEnabled())
			.maxAttempts(retry.getMaxAttempts())
			.initialInterval(retry.getInitialInterval())
			.maxInterval(retry.getMaxInterval())
			.multiplier(retry.getMultiplier())
			.maxElapsedTime(retry.getMaxElapsedTime())
			.retryConnectionErrors(retry.isRetryConnectionErrors())
			.build();
	}

}
