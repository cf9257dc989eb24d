package io.github.novu4j.client.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/**
 * The client's JDK HTTP transport: the JDK {@code HttpClient} with a read timeout that is also cut
 * to what is left of the calling operation's time budget, so an attempt never outlives its call.
 * Outside a Novu call it behaves as a plain {@link JdkClientHttpRequestFactory}.
 */
public final class BudgetBoundJdkRequestFactory implements ClientHttpRequestFactory {

	private final HttpClient httpClient;

	private final Executor executor;

	private final Duration readTimeout;

	private final JdkClientHttpRequestFactory unbounded;

	/**
	 * @param httpClient the JDK client
	 * @param readTimeout the longest wait for an answer (the whole response) of one attempt
	 */
	public BudgetBoundJdkRequestFactory(HttpClient httpClient, Duration readTimeout) {
		this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
		this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
		// One executor (for writing request bodies), as JdkClientHttpRequestFactory would pick it.
		this.executor = httpClient.executor().orElseGet(SimpleAsyncTaskExecutor::new);
		this.unbounded = factory(readTimeout);
	}

	@Override
	public ClientHttpRequest createRequest(URI uri, HttpMethod httpMethod) throws IOException {
		Duration timeout = AttemptDeadline.startTimeout(this.readTimeout);
		if (timeout == this.readTimeout) {
			return this.unbounded.createRequest(uri, httpMethod);
		}
		// A factory is two references and a timeout: making one per bounded attempt is cheap.
		return factory(timeout).createRequest(uri, httpMethod);
	}

	private JdkClientHttpRequestFactory factory(Duration timeout) {
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(this.httpClient, this.executor);
		factory.setReadTimeout(timeout);
		return factory;
	}

	@Override
	public String toString() {
		return "BudgetBoundJdkRequestFactory{readTimeout=" + this.readTimeout + "}";
	}

}
