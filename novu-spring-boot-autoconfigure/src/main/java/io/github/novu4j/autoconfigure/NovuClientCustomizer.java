package io.github.novu4j.autoconfigure;

import io.github.novu4j.client.NovuClientBuilder;

/**
 * Adjusts the builder of the auto-configured {@code NovuClient} before it is built. Every customizer bean
 * is applied, in {@link org.springframework.core.annotation.Order @Order} /
 * {@link org.springframework.core.Ordered} order, after the {@code novu.*} properties, so a customizer
 * can override them.
 *
 * <pre>{@code
 * @Bean
 * NovuClientCustomizer novuRetries() {
 *     return (builder) -> builder.retry(RetrySettings.builder().maxAttempts(6).build())
 *         .responseListener((metadata) -> log.debug("Novu rate limit: {}", metadata.rateLimit()));
 * }
 * }</pre>
 *
 * <p>The auto-configuration has Spring Boot's {@code ClientHttpRequestFactoryBuilder} make the HTTP
 * client when the client is built, with the timeouts then in effect: the {@code novu.connect-timeout}
 * and {@code novu.read-timeout} properties, or what a customizer sets with {@code connectTimeout(..)}
 * and {@code readTimeout(..)}. A customizer may replace the HTTP client with {@code requestFactory(..)}.
 */
@FunctionalInterface
public interface NovuClientCustomizer {

	/**
	 * @param builder the builder of the client, already configured from {@code novu.*}
	 */
	void customize(NovuClientBuilder builder);

}
