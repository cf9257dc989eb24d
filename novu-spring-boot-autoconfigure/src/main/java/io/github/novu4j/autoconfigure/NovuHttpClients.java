package io.github.novu4j.autoconfigure;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.beans.factory.BeanFactory;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpComponentsClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JettyClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.ReactorClientHttpRequestFactoryBuilder;
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
		builder = withoutLibraryRetries(builder);
		HttpClientSettings settings = beanFactory.getBeanProvider(HttpClientSettings.class)
			.getIfUnique(HttpClientSettings::defaults)
			.withTimeouts(connectTimeout, readTimeout)
			// Novu's API never redirects except in the chat OAuth pair, whose 302 the caller must see;
			// following redirects could also carry the Authorization header elsewhere.
			.withRedirects(HttpRedirects.DONT_FOLLOW);
		return builder.build(settings);
	}

	/**
	 * Switches off what the HTTP library would retry by itself, so the Novu client's retry policy (its
	 * budget, its metric, and its rule never to repeat a POST without an idempotency key that Novu may
	 * have processed) is the only one. Apache HttpClient 5 resends a request that got 429 or 503, POSTs
	 * included, and an idempotent one after an I/O error; Reactor Netty resends once on a connection that
	 * closed early. Jetty's client retries nothing. The JDK client resends an idempotent request whose
	 * connection closed before any answer, with no switch per client (docs/reliability.md).
	 * @param builder the builder Boot configured or detected
	 * @return the builder with the library's retries off, where it has any
	 */
	static ClientHttpRequestFactoryBuilder<?> withoutLibraryRetries(ClientHttpRequestFactoryBuilder<?> builder) {
		if (builder instanceof JdkClientHttpRequestFactoryBuilder jdk) {
			// As the client's own default: no h2c upgrade attempt on plain-http (self-hosted, local) Novu.
			return jdk.withHttpClientCustomizer((httpClient) -> httpClient.version(HttpClient.Version.HTTP_1_1));
		}
		if (builder instanceof HttpComponentsClientHttpRequestFactoryBuilder apache) {
			return ApacheRetries.off(apache);
		}
		if (builder instanceof ReactorClientHttpRequestFactoryBuilder reactor) {
			return ReactorRetries.off(reactor);
		}
		if (builder instanceof JettyClientHttpRequestFactoryBuilder jetty) {
			return JettyAnswers.asSent(jetty);
		}
		return builder;
	}

	/** Only loaded when Apache HttpClient 5 is Boot's choice, so its classes are on the class path. */
	private static final class ApacheRetries {

		static ClientHttpRequestFactoryBuilder<?> off(HttpComponentsClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer(HttpClientBuilder::disableAutomaticRetries);
		}

	}

	/**
	 * Only loaded when Jetty is Boot's choice. Jetty retries nothing, but it answers a 401 without
	 * {@code WWW-Authenticate} (as Novu's are) with its own exception instead of the response, and adds
	 * its own User-Agent beside the client's. Its protocol handlers are installed when it starts, so the
	 * 401 handler is removed then.
	 */
	private static final class JettyAnswers {

		static ClientHttpRequestFactoryBuilder<?> asSent(JettyClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer((httpClient) -> {
				httpClient.setUserAgentField(null);
				httpClient.addEventListener(new LifeCycle.Listener() {
					@Override
					public void lifeCycleStarted(LifeCycle event) {
						httpClient.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
					}
				});
			});
		}

	}

	/** Only loaded when Reactor Netty is Boot's choice. */
	private static final class ReactorRetries {

		static ClientHttpRequestFactoryBuilder<?> off(ReactorClientHttpRequestFactoryBuilder builder) {
			return builder.withHttpClientCustomizer((httpClient) -> httpClient.disableRetry(true));
		}

	}

}
