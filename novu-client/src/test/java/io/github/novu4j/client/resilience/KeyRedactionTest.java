package io.github.novu4j.client.resilience;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuTransportException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The API key never leaves the client inside an exception, even when the HTTP library puts the whole
 * {@code Authorization} header into its own message (as some do for a header they refuse): the failure is
 * redacted at the boundary, and nothing any logger writes at TRACE, Spring's {@code RetryTemplate}
 * included, carries the key.
 */
class KeyRedactionTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

	private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

	private Level previousLevel;

	@BeforeEach
	void captureEveryLoggerAtTrace() {
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.previousLevel);
	}

	@Test
	void aLibraryFailureThatQuotesTheAuthorizationHeaderIsRedacted() {
		NovuClient client = novu.client((builder) -> builder
			.retry(RetrySettings.builder().initialInterval(java.time.Duration.ofMillis(5)).build())
			.requestFactory((uri, method) -> quotingHeaders(uri, method)));

		NovuTransportException failure = catchThrowableOfType(NovuTransportException.class,
				() -> client.subscribers().retrieve("user-42", RequestOptions.none()));

		assertThat(failure.getSuppressed()).as("retried: a GET is safe to repeat").hasSize(3);
		assertThat(failure).hasMessageContaining("invalid header").hasMessageContaining("<redacted>");
		assertNoKeyIn(failure);
		assertThat(this.appender.list).as("log events at TRACE").isNotEmpty();
		for (ILoggingEvent event : this.appender.list) {
			assertThat(event.getFormattedMessage()).doesNotContain(MockNovu.API_KEY);
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
				assertThat(String.valueOf(proxy.getMessage())).doesNotContain(MockNovu.API_KEY);
			}
		}
	}

	/** A request whose sending fails like a library that echoes a header it rejects. */
	private static ClientHttpRequest quotingHeaders(java.net.URI uri, org.springframework.http.HttpMethod method) {
		return new MockClientHttpRequest(method, uri) {
			@Override
			protected org.springframework.http.client.ClientHttpResponse executeInternal() throws IOException {
				throw new IOException("invalid header: Authorization: " + getHeaders().getFirst("Authorization"),
						new IllegalArgumentException("value " + getHeaders().getFirst("Authorization")));
			}
		};
	}

	private static void assertNoKeyIn(Throwable failure) {
		List<Throwable> all = new ArrayList<>();
		collect(failure, all);
		assertThat(all).hasSizeGreaterThan(2);
		for (Throwable each : all) {
			assertThat(String.valueOf(each.getMessage())).doesNotContain(MockNovu.API_KEY);
			assertThat(each.toString()).doesNotContain(MockNovu.API_KEY);
		}
	}

	private static void collect(Throwable failure, List<Throwable> all) {
		if (failure == null || all.contains(failure)) {
			return;
		}
		all.add(failure);
		collect(failure.getCause(), all);
		for (Throwable suppressed : failure.getSuppressed()) {
			collect(suppressed, all);
		}
	}

}
