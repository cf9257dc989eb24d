package io.github.novu4j.autoconfigure;

import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of a {@link NovuClient} from {@link NovuProperties} ({@code novu.*}).
 *
 * <p>The client starts from a clone of Spring Boot's {@code RestClient.Builder}, and its HTTP client is
 * made by Boot's {@code ClientHttpRequestFactoryBuilder} with the Novu timeouts, so Boot's HTTP client
 * detection, {@code spring.http.clients.*} settings (SSL bundle included) and {@code http.client.requests}
 * observations apply to Novu calls as to any other. Without Boot's RestClient support on the class path
 * the client uses its own defaults. {@link NovuClientCustomizer} beans are applied last.
 *
 * <p>{@code novu.enabled=false} creates nothing; a missing {@code novu.api-key} stops startup with an
 * explanation.
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
			BeanFactory beanFactory, ResourceLoader resourceLoader) {
		String apiKey = properties.getApiKey();
		if (!StringUtils.hasText(apiKey)) {
			throw new NovuApiKeyMissingException(apiKey != null);
		}
		NovuClientBuilder builder = NovuClient.builder()
			.apiKey(apiKey)
			.region(properties.getRegion())
			.baseUrl(properties.getBaseUrl())
			.connectTimeout(properties.getConnectTimeout())
			.readTimeout(properties.getReadTimeout())
			// Boot's builder is a prototype bean and the client clones it again: nothing is shared.
			.restClientBuilder(restClientBuilder.getIfUnique(RestClient::builder));
		ClassLoader classLoader = resourceLoader.getClassLoader();
		if (classLoader != null && ClassUtils.isPresent(BOOT_HTTP_CLIENT, classLoader)) {
			builder.requestFactory(NovuHttpClients.requestFactory(beanFactory, classLoader, properties));
		}
		observationRegistry.ifUnique(builder::observationRegistry);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

}
