package io.github.novu4j.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * Makes the Novu client's HTTP client with Spring Boot's {@link ClientHttpRequestFactoryBuilder}. A class
 * of its own so that it is only loaded when {@code spring-boot-http-client} is on the class path.
 */
final class NovuHttpClients {

	private NovuHttpClients() {
	}

	/**
	 * @param beanFactory where Boot's request factory builder and HTTP client settings are, if configured
	 * @param classLoader for detecting the HTTP client library when Boot has not configured a builder
	 * @param connectTimeout the Novu connect timeout
	 * @param readTimeout the Novu read timeout
	 * @return a request factory with Boot's HTTP client, SSL bundle and settings, and Novu's timeouts
	 */
	static ClientHttpRequestFactory requestFactory(BeanFactory beanFactory, ClassLoader classLoader,
			Duration connectTimeout, Duration readTimeout) {
		ClientHttpRequestFactoryBuilder<?> builder = beanFactory.getBeanProvider(ClientHttpRequestFactoryBuilder.class)
			.getIfUnique(() -> ClientHttpRequestFactoryBuilder.detect(classLoader));
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			// As the client's own default: no h2c upgrade attempt on plain-http (self-hosted, local) Novu.
			builder = jdk.withHttpClientCustomizer((httpClient) -> httpClient.version(HttpClient.Version.HTTP_1_1));
		}
		HttpClientSettings settings = beanFactory.getBeanProvider(HttpClientSettings.class)
			.getIfUnique(HttpClientSettings::defaults)
			.withTimeouts(connectTimeout, readTimeout)
			// Novu's API never redirects except in the chat OAuth pair, whose 302 the caller must see;
			// following redirects could also carry the Authorization header elsewhere.
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		return builder.build(settings);
	}

}
