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
 * <p>The auto-configuration gives the builder an HTTP client made by Spring Boot's
 * {@code ClientHttpRequestFactoryBuilder} with the {@code novu.connect-timeout} and
 * {@code novu.read-timeout} properties, so set timeouts with those properties: the builder's
 * {@code connectTimeout(..)} and {@code readTimeout(..)} only apply to its own default HTTP client.
 * A customizer may replace the HTTP client with {@code requestFactory(..)}.
 */
@FunctionalInterface
public interface NovuClientCustomizer {

	/**
	 * @param builder the builder of the client, already configured from {@code novu.*}
	 */
	void customize(NovuClientBuilder builder);

}
