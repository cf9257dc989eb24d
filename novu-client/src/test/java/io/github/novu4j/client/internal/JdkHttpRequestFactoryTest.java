package io.github.novu4j.client.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers the default transport leaves to the JDK client (which refuses them from callers), told
 * apart in any case without a lower-cased copy of each name.
 */
class JdkHttpRequestFactoryTest {

	@Test
	void headersTheJdkClientSetsItselfAreRecognisedInAnyCase() {
		assertThat(JdkHttpRequestFactory.isDisallowed("connection")).isTrue();
		assertThat(JdkHttpRequestFactory.isDisallowed("CONTENT-LENGTH")).isTrue();
		assertThat(JdkHttpRequestFactory.isDisallowed("Expect")).isTrue();
		assertThat(JdkHttpRequestFactory.isDisallowed("host")).isTrue();
		assertThat(JdkHttpRequestFactory.isDisallowed("Upgrade")).isTrue();
	}

	@Test
	void otherHeadersAreSent() {
		assertThat(JdkHttpRequestFactory.isDisallowed("Authorization")).isFalse();
		assertThat(JdkHttpRequestFactory.isDisallowed("Idempotency-Key")).isFalse();
		assertThat(JdkHttpRequestFactory.isDisallowed("Content-Type")).isFalse();
		assertThat(JdkHttpRequestFactory.isDisallowed("Hostname")).isFalse();
		assertThat(JdkHttpRequestFactory.isDisallowed("X-Host")).isFalse();
	}

}
