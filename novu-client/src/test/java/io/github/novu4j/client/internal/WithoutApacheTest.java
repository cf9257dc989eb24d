package io.github.novu4j.client.internal;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * httpclient5 is an optional dependency: a client built and called in a class loader without Apache
 * HttpClient on its class path still works (the Apache adapter is loaded only for Spring's Apache factory),
 * the builder's detection picks the JDK client there, and asking for Apache fails clearly at build time.
 */
class WithoutApacheTest {

	@Test
	void theClientBuildsAndCallsWithoutApacheHttpClient() throws Exception {
		List<URL> urls = new ArrayList<>();
		int removed = 0;
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (entry.contains("httpclient5") || entry.contains("httpcore5")) {
				removed++;
				continue;
			}
			urls.add(new File(entry).toURI().toURL());
		}
		assertThat(removed).as("Apache HttpClient jars found on the test class path").isGreaterThan(0);
		try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
			assertThatExceptionOfType(ClassNotFoundException.class)
				.isThrownBy(() -> Class.forName("org.apache.hc.client5.http.classic.HttpClient", false, loader));
			Class<?> novuClient = Class.forName("io.github.novu4j.client.NovuClient", true, loader);
			Object builder = novuClient.getMethod("builder").invoke(null);
			builder.getClass().getMethod("apiKey", String.class).invoke(builder, "nv-test-secret-4f2a9c");
			// Nothing listens on port 1: the call goes out on the default JDK transport and fails to connect.
			builder.getClass().getMethod("baseUrl", String.class).invoke(builder, "http://127.0.0.1:1");
			Class<?> retry = Class.forName("io.github.novu4j.client.RetrySettings", true, loader);
			builder.getClass().getMethod("retry", retry).invoke(builder, retry.getMethod("disabled").invoke(null));
			Class<?> transports = Class.forName("io.github.novu4j.client.HttpTransport", true, loader);
			assertThat(builder.getClass().getMethod("resolveHttpTransport").invoke(builder))
				.isEqualTo(transports.getField("JDK").get(null));
			Object client = builder.getClass().getMethod("build").invoke(builder);

			Class<?> triggerRequest = Class.forName("io.github.novu4j.client.events.TriggerRequest", true, loader);
			Object requestBuilder = triggerRequest.getMethod("builder", String.class).invoke(null, "w");
			requestBuilder.getClass().getMethod("toSubscriber", String.class).invoke(requestBuilder, "s");
			Object request = requestBuilder.getClass().getMethod("build").invoke(requestBuilder);
			Method trigger = novuClient.getMethod("trigger", triggerRequest);

			assertThatExceptionOfType(InvocationTargetException.class).isThrownBy(() -> trigger.invoke(client, request))
				.satisfies((ex) -> assertThat(ex.getCause().getClass().getName())
					.isEqualTo("io.github.novu4j.client.NovuConnectionException"));
		}
	}

	@Test
	void askingForApacheHttpClientWithoutItFailsAtBuildTime() throws Exception {
		try (URLClassLoader loader = new URLClassLoader(classPathWithoutApache(), ClassLoader.getPlatformClassLoader())) {
			Class<?> novuClient = Class.forName("io.github.novu4j.client.NovuClient", true, loader);
			Object builder = novuClient.getMethod("builder").invoke(null);
			builder.getClass().getMethod("apiKey", String.class).invoke(builder, "nv-test-secret-4f2a9c");
			Class<?> transports = Class.forName("io.github.novu4j.client.HttpTransport", true, loader);
			builder.getClass().getMethod("httpTransport", transports).invoke(builder, transports.getField("APACHE_HTTP_CLIENT_5").get(null));
			Method build = builder.getClass().getMethod("build");

			assertThatExceptionOfType(InvocationTargetException.class).isThrownBy(() -> build.invoke(builder))
				.satisfies((ex) -> assertThat(ex.getCause()).isExactlyInstanceOf(IllegalStateException.class)
					.hasMessage("httpTransport(APACHE_HTTP_CLIENT_5) needs Apache HttpClient 5.4 or later on the class path "
							+ "(org.apache.httpcomponents.client5:httpclient5, with httpcore5); add it, or use "
							+ "HttpTransport.DETECT or JDK"));
		}
	}

	private static URL[] classPathWithoutApache() throws Exception {
		List<URL> urls = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			if (!entry.contains("httpclient5") && !entry.contains("httpcore5")) {
				urls.add(new File(entry).toURI().toURL());
			}
		}
		return urls.toArray(URL[]::new);
	}

}
