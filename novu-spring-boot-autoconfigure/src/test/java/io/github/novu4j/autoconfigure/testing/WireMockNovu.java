package io.github.novu4j.autoconfigure.testing;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

/**
 * A stand-in Novu for the auto-configuration tests: WireMock on a port the OS assigns, started once per
 * test class and reset before each test.
 *
 * <pre>{@code
 * @RegisterExtension
 * static WireMockNovu novu = new WireMockNovu();
 * }</pre>
 */
public final class WireMockNovu implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	private WireMockServer server;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.server = new WireMockServer(WireMockConfiguration.options().dynamicPort().http2PlainDisabled(true));
		this.server.start();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.server.stop();
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.server.resetAll();
	}

	/** @return e.g. {@code http://localhost:41234} */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** @return the host and port, as the client's {@code host} tag shows them */
	public String host() {
		return URI.create(baseUrl()).getAuthority();
	}

	/**
	 * @param mapping a stub
	 */
	public void stubFor(MappingBuilder mapping) {
		this.server.stubFor(mapping);
	}

	/**
	 * WireMock journals a request just after answering it, so this gives the journal a moment to reach
	 * the expected count; an extra request still shows as a larger count.
	 * @param pattern the requests to count
	 * @param expected how many the test expects
	 * @return how many arrived
	 */
	public int count(RequestPatternBuilder pattern, int expected) {
		long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
		int count = this.server.findAll(pattern).size();
		while (count < expected && System.nanoTime() < deadline) {
			Thread.onSpinWait();
			count = this.server.findAll(pattern).size();
		}
		return count;
	}

	/**
	 * @param pattern the requests to find
	 * @return what arrived, oldest first
	 */
	public List<LoggedRequest> find(RequestPatternBuilder pattern) {
		return this.server.findAll(pattern);
	}

	/**
	 * A JSON answer, as Novu sends it.
	 * @param status HTTP status
	 * @param body JSON text
	 * @return the response definition
	 */
	public static ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}
