package io.github.novu4j.client.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers the default transport leaves to the JDK client (which refuses them from callers), told
 * apart in any case without a lower-cased copy of each name.
 */
class JdkHttpRequestFactoryTest {

	@ParameterizedTest
	@ValueSource(strings = { "connection", "CONTENT-LENGTH", "Expect", "host", "Upgrade" })
	void headersTheJdkClientSetsItselfAreRecognisedInAnyCase(String name) {
		assertThat(JdkHttpRequestFactory.isDisallowed(name)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Authorization", "Idempotency-Key", "Content-Type", "Hostname", "X-Host" })
	void otherHeadersAreSent(String name) {
		assertThat(JdkHttpRequestFactory.isDisallowed(name)).isFalse();
	}

}
