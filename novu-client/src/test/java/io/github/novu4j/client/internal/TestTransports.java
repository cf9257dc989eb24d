package io.github.novu4j.client.internal;

import io.github.novu4j.client.NovuClient;

/**
 * Test-only access to the transport of a client built by {@code NovuClient.builder()}, so tests can send
 * an {@link ApiCall} for an operation that has no resource method yet, through the real transport
 * (retries, idempotency keys, budget) of a real client.
 */
public final class TestTransports {

	private TestTransports() {
	}

	/**
	 * @param client a client from {@code NovuClient.builder()}
	 * @return its transport
	 */
	public static NovuTransport of(NovuClient client) {
		return ((DefaultNovuClient) client).transport();
	}

}
