package io.github.novu4j.client.resilience;

import java.time.Duration;
import java.util.function.BiConsumer;

import io.github.novu4j.client.HttpTransport;
import io.github.novu4j.client.NovuClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.util.component.LifeCycle;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.http.client.JettyClientHttpRequestFactory;
import org.springframework.http.client.ReactorClientHttpRequestFactory;

/**
 * The HTTP clients Spring Boot can pick, each set up as docs/reliability.md tells plain-Java users: no
 * redirects followed, and the library's own retries off, so the Novu client's policy is the only one.
 * The fault-injection suite runs on each.
 */
enum Transport {

	/** The client's own JDK {@code HttpClient}, each attempt also bounded by the call's budget. */
	JDK((builder, readTimeout) -> builder.httpTransport(HttpTransport.JDK).readTimeout(readTimeout)),

	/**
	 * The client's default when httpclient5 is on the class path (as here): the Apache HttpClient 5 the
	 * builder builds for itself, with nothing given but the read timeout.
	 */
	APACHE_DEFAULT((builder, readTimeout) -> {
		if (builder.readTimeout(readTimeout).resolveHttpTransport() != HttpTransport.APACHE_HTTP_CLIENT_5) {
			throw new IllegalStateException("the builder did not pick Apache HttpClient 5 by itself");
		}
	}),

	/** Apache HttpClient 5, with its automatic retries (429, 503, I/O errors) switched off. */
	APACHE((builder, readTimeout) -> {
		HttpComponentsClientHttpRequestFactory factory = new HttpComponentsClientHttpRequestFactory(
				HttpClients.custom().disableRedirectHandling().disableAutomaticRetries().build());
		factory.setReadTimeout(readTimeout);
		builder.requestFactory(factory);
	}),

	/**
	 * Jetty's client: it retries nothing by itself. Redirects are off, its own User-Agent is not added, and
	 * its handling of a 401 (which fails an answer without {@code WWW-Authenticate}, as Novu's are) is
	 * removed once the client started, as the Spring Boot starter does.
	 */
	JETTY((builder, readTimeout) -> {
		org.eclipse.jetty.client.HttpClient jetty = new org.eclipse.jetty.client.HttpClient();
		jetty.setFollowRedirects(false);
		jetty.setUserAgentField(null);
		jetty.addEventListener(new LifeCycle.Listener() {
			@Override
			public void lifeCycleStarted(LifeCycle event) {
				jetty.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
			}
		});
		JettyClientHttpRequestFactory factory = new JettyClientHttpRequestFactory(jetty);
		factory.setReadTimeout(readTimeout);
		builder.requestFactory(factory);
	}),

	/** Reactor Netty, with its retry of a request whose connection closed early switched off. */
	REACTOR((builder, readTimeout) -> {
		ReactorClientHttpRequestFactory factory = new ReactorClientHttpRequestFactory(
				reactor.netty.http.client.HttpClient.create().disableRetry(true));
		factory.setReadTimeout(readTimeout);
		builder.requestFactory(factory);
	});

	private final BiConsumer<NovuClientBuilder, Duration> setUp;

	Transport(BiConsumer<NovuClientBuilder, Duration> setUp) {
		this.setUp = setUp;
	}

	/**
	 * @param builder the client builder
	 * @param readTimeout the read timeout of one attempt
	 */
	void apply(NovuClientBuilder builder, Duration readTimeout) {
		this.setUp.accept(builder, readTimeout);
	}

	/**
	 * The client's own JDK transport, and its adapter around Spring's Apache factory (which cuts each
	 * attempt's response timeout to the budget left), end an attempt in flight when the call's time budget
	 * runs out; Jetty's and Reactor's factories know only their own read timeout.
	 * @return whether an attempt in flight ends with the call's budget
	 */
	boolean boundsAttemptsByTheBudget() {
		return this == JDK || this == APACHE || this == APACHE_DEFAULT;
	}

	/**
	 * The JDK client resends an idempotent request (a GET) once when its connection closes before any
	 * byte of an answer, and has no switch per client for it.
	 * @return whether this transport resends such a GET by itself
	 */
	boolean resendsGetAfterAnEarlyClose() {
		return this == JDK;
	}

}
