package io.github.novu4j.client.resilience;

import java.util.function.Supplier;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * JVM errors are not Novu errors: an {@link Error} from the HTTP transport or from a user's
 * {@code ResponseListener} reaches the caller unchanged, so {@code catch (NovuException e)} never swallows
 * it; a listener's runtime exception is logged and the successful call stays successful.
 */
class JvmErrorsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static final NovuOperation TRIGGER = NovuOperation.ALL.get(0);

	static Stream<Arguments> errorsAndRetries() {
		Stream<Supplier<Error>> errors = Stream.of(() -> new OutOfMemoryError("Java heap space"),
				() -> new StackOverflowError(), () -> new AssertionError("invariant broken"));
		return errors.flatMap((error) -> Stream.of(arguments(error.get(), RequestOptions.none()),
				arguments(error.get(), RequestOptions.builder().noRetry().build())));
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("errorsAndRetries")
	void anErrorFromTheTransportPropagatesUnchanged(Error error, RequestOptions options) {
		NovuClient client = novu.client((builder) -> builder.requestFactory((uri, method) -> {
			throw error;
		}));

		Throwable thrown = catchThrowable(() -> TRIGGER.call().apply(client, options));

		assertThat(thrown).isSameAs(error);
	}

	@ParameterizedTest(name = "{0}, {1}")
	@MethodSource("errorsAndRetries")
	void anErrorFromAResponseListenerPropagatesUnchanged(Error error, RequestOptions options) {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody())));
		NovuClient client = novu.client((builder) -> builder.responseListener((metadata) -> {
			throw error;
		}));

		Throwable thrown = catchThrowable(() -> TRIGGER.call().apply(client, options));

		assertThat(thrown).isSameAs(error);
		assertThat(novu.requests()).as("not retried").hasSize(1);
	}

	@Test
	void aListenersRuntimeExceptionIsLoggedAndTheCallStillSucceeds() {
		novu.stubFor(TRIGGER.route().willReturn(json(201, TRIGGER.successBody())));
		NovuClient client = novu.client((builder) -> builder.responseListener((metadata) -> {
			throw new IllegalStateException("listener bug");
		}));
		Logger logger = (Logger) LoggerFactory.getLogger(NovuTransport.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		appender.start();
		logger.addAppender(appender);
		try {
			Object result = TRIGGER.call().apply(client, RequestOptions.none());

			assertThat(((TriggerResult) result).transactionId()).isEqualTo("tx-ok");
			assertThat(novu.requests()).hasSize(1);
			assertThat(appender.list).filteredOn((event) -> event.getLevel() == Level.WARN)
				.singleElement()
				.satisfies((event) -> {
					assertThat(event.getFormattedMessage()).contains("response listener").contains("events.trigger");
					assertThat(event.getThrowableProxy().getMessage()).isEqualTo("listener bug");
				});
		}
		finally {
			logger.detachAppender(appender);
		}
	}

}
