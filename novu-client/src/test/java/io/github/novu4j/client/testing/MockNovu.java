package io.github.novu4j.client.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuClientBuilder;
import io.github.novu4j.client.RetrySettings;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.assertj.core.api.Assertions.fail;

/**
 * A local Novu for tests: WireMock on a port the OS assigns (port 0, so runs never collide), answering
 * with stubs the test writes in Novu's real wire format. After each test it checks every request the
 * client sent against Novu's OpenAPI document (the test fails on any violation or on a request to a
 * route the document does not have, unless it is one of {@link NovuApiSpec#UNDOCUMENTED}), and records which
 * operations were called in
 * {@code target/novu-api-calls/}, for the coverage check.
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockNovu novu = new MockNovu();
 *
 * @Test
 * void retrieves() {
 *     novu.stubFor(get("/v1/subscribers/x").willReturn(MockNovu.json(200, "{\"data\":{...}}")));
 *     Subscriber s = novu.client().subscribers().retrieve("x");
 * }
 * }</pre>
 */
public final class MockNovu implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

	/** The API key the test clients use; tests assert it never leaks. */
	public static final String API_KEY = "nv-test-secret-4f2a9c";

	private static final Path CALLS_DIR = Path.of("target", "novu-api-calls");

	// The first MockNovu of a test JVM clears the records of earlier builds, so coverage reflects this run only.
	private static final java.util.concurrent.atomic.AtomicBoolean CALLS_CLEARED = new java.util.concurrent.atomic.AtomicBoolean();

	private WireMockServer server;

	private String testClass = "unknown";

	private boolean validateRequests = true;

	private final java.util.Set<String> unvalidatedRoutes = new java.util.HashSet<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		if (CALLS_CLEARED.compareAndSet(false, true)) {
			clearRecordedCalls();
		}
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.http2PlainDisabled(true)
			.containerThreads(32)
			.asynchronousResponseEnabled(false));
		this.server.start();
		this.testClass = context.getRequiredTestClass().getName();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.server != null) {
			this.server.stop();
		}
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.server.resetAll();
		this.validateRequests = true;
		this.unvalidatedRoutes.clear();
	}

	@Override
	public void afterEach(ExtensionContext context) {
		List<ServeEvent> events = new ArrayList<>(this.server.getAllServeEvents());
		java.util.Collections.reverse(events);
		List<String> problems = new ArrayList<>();
		List<String> calls = new ArrayList<>();
		for (ServeEvent event : events) {
			LoggedRequest request = event.getRequest();
			String path = pathOf(request.getUrl());
			var routed = NovuApiSpec.route(request.getMethod().getName(), path);
			var undocumented = NovuApiSpec.undocumented(request.getMethod().getName(), path);
			if (routed.isEmpty() && undocumented.isPresent()) {
				// A route Novu serves but neither document has (NovuApiSpec.UNDOCUMENTED): recorded, not validated.
				calls.add(undocumented.get().toString());
				continue;
			}
			if (routed.isEmpty()) {
				problems.add(request.getMethod() + " " + request.getUrl()
						+ ": no such operation in openapi-v1.json or openapi-current.json");
				continue;
			}
			calls.add(routed.get().operation().toString());
			if (this.validateRequests && !this.unvalidatedRoutes.contains(request.getMethod().getName() + " " + path)) {
				ValidationReport report = routed.get().spec().validator().validateRequest(toValidatorRequest(request));
				if (report.hasErrors()) {
					problems.add(request.getMethod() + " " + request.getUrl() + ": "
							+ report.getMessages().stream()
								.filter((m) -> m.getLevel() == ValidationReport.Level.ERROR)
								.map(ValidationReport.Message::toString)
								.toList());
				}
			}
		}
		record(calls);
		if (!problems.isEmpty() && context.getExecutionException().isEmpty()) {
			fail("Requests that do not conform to Novu's OpenAPI documents:\n  " + String.join("\n  ", problems));
		}
	}

	/**
	 * Skips OpenAPI validation for the current test only, for tests that send a deliberately odd
	 * request (say so in the test). Coverage is still recorded.
	 */
	public void skipRequestValidationForThisTest() {
		this.validateRequests = false;
	}

	/**
	 * Skips OpenAPI validation of one route for the current test only, for a route where the server
	 * needs what the document forbids (say so in the test, citing WIRE-FORMAT); every other request of
	 * the test is still validated. Coverage is still recorded.
	 * @param method the HTTP method, e.g. {@code POST}
	 * @param path the request path, e.g. {@code /v1/subscribers/bulk}
	 */
	public void skipRequestValidationForThisTest(String method, String path) {
		this.unvalidatedRoutes.add(method + " " + path);
	}

	/** @return the base URL of the local server, e.g. {@code http://localhost:41234} */
	public String baseUrl() {
		return this.server.baseUrl();
	}

	/** @return the server, for stubbing and verification */
	public WireMockServer server() {
		return this.server;
	}

	/**
	 * @param mapping a stub
	 */
	public void stubFor(MappingBuilder mapping) {
		this.server.stubFor(mapping);
	}

	/** @return the requests received so far in this test, oldest first */
	public List<LoggedRequest> requests() {
		List<ServeEvent> events = new ArrayList<>(this.server.getAllServeEvents());
		java.util.Collections.reverse(events);
		return events.stream().map(ServeEvent::getRequest).toList();
	}

	/**
	 * @return a builder pointed at this server, with the test key and retries that wait milliseconds
	 * instead of seconds
	 */
	public NovuClientBuilder clientBuilder() {
		return NovuClient.builder()
			.apiKey(API_KEY)
			.baseUrl(baseUrl())
			.retry(RetrySettings.builder()
				.initialInterval(java.time.Duration.ofMillis(5))
				.maxInterval(java.time.Duration.ofMillis(50))
				.maxElapsedTime(java.time.Duration.ofSeconds(10))
				.build());
	}

	/** @return a client pointed at this server */
	public NovuClient client() {
		return clientBuilder().build();
	}

	/**
	 * @param customizer adjusts the builder
	 * @return a client pointed at this server
	 */
	public NovuClient client(Consumer<NovuClientBuilder> customizer) {
		NovuClientBuilder builder = clientBuilder();
		customizer.accept(builder);
		return builder.build();
	}

	/**
	 * A JSON response, as Novu sends it.
	 * @param status HTTP status
	 * @param body JSON text
	 * @return the response definition
	 */
	public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return com.github.tomakehurst.wiremock.client.WireMock.aResponse()
			.withStatus(status)
			.withHeader("Content-Type", "application/json; charset=utf-8")
			.withBody(body);
	}

	private static String pathOf(String url) {
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

	private static Request toValidatorRequest(LoggedRequest request) {
		String url = request.getUrl();
		SimpleRequest.Builder builder = new SimpleRequest.Builder(request.getMethod().getName(), pathOf(url));
		int query = url.indexOf('?');
		if (query >= 0) {
			java.util.Map<String, List<String>> parameters = new java.util.LinkedHashMap<>();
			for (String pair : url.substring(query + 1).split("&")) {
				if (pair.isEmpty()) {
					continue;
				}
				int eq = pair.indexOf('=');
				String name = decode((eq >= 0) ? pair.substring(0, eq) : pair);
				String value = decode((eq >= 0) ? pair.substring(eq + 1) : "");
				parameters.computeIfAbsent(name, (key) -> new ArrayList<>()).add(value);
			}
			parameters.forEach(builder::withQueryParam);
		}
		for (HttpHeader header : request.getHeaders().all()) {
			builder.withHeader(header.key(), header.values());
		}
		if (request.getBody() != null && request.getBody().length > 0) {
			builder.withBody(request.getBodyAsString());
		}
		return builder.build();
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static void clearRecordedCalls() {
		if (!Files.isDirectory(CALLS_DIR)) {
			return;
		}
		try (var files = Files.list(CALLS_DIR)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void record(List<String> calls) {
		if (calls.isEmpty()) {
			return;
		}
		try {
			Files.createDirectories(CALLS_DIR);
			Files.write(CALLS_DIR.resolve(this.testClass + ".txt"), calls, StandardCharsets.UTF_8,
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
