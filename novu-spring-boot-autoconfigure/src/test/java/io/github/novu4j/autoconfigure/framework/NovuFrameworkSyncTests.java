package io.github.novu4j.autoconfigure.framework;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.novu4j.autoconfigure.NovuAutoConfiguration;
import io.github.novu4j.framework.NovuSignature;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.tomcat.autoconfigure.reactive.TomcatReactiveWebServerAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Registering the bridge at start ({@code novu.framework.sync.*}) against a stand-in for Novu (a JDK HTTP server)
 * that does what Novu's Sync use case does: on {@code POST /v1/bridge/sync} it calls the application's bridge back
 * with a signed {@code GET ?action=discover} (the secret key is the API key it received), then answers the stored
 * workflows. The application runs on a real server (Tomcat, servlet and reactive).
 */
@ExtendWith(OutputCaptureExtension.class)
class NovuFrameworkSyncTests {

	private static final String SECRET = "sk-sync-secret-7c1e";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
			WebMvcAutoConfiguration.class, NovuAutoConfiguration.class, NovuFrameworkAutoConfiguration.class })
	@Import(NovuFrameworkMvcTests.Workflows.class)
	static class ServletApp {

	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TomcatReactiveWebServerAutoConfiguration.class, HttpHandlerAutoConfiguration.class,
			WebFluxAutoConfiguration.class, NovuAutoConfiguration.class, NovuFrameworkAutoConfiguration.class })
	@Import(NovuFrameworkMvcTests.Workflows.class)
	static class ReactiveApp {

	}

	/** What the stand-in saw and did. */
	record Sync(String authorization, String query, String bridgeUrl, int discoverStatus, String discoverBody) {
	}

	private HttpServer novu;

	private final List<Sync> syncs = new CopyOnWriteArrayList<>();

	private volatile boolean refuse;

	@BeforeEach
	void startNovu() throws IOException {
		this.novu = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.novu.createContext("/v1/bridge/sync", this::sync);
		this.novu.start();
	}

	@AfterEach
	void stopNovu() {
		this.novu.stop(0);
	}

	private void sync(HttpExchange exchange) throws IOException {
		try (exchange) {
			String authorization = exchange.getRequestHeaders().getFirst("Authorization");
			String secretKey = authorization.substring("ApiKey ".length());
			String bridgeUrl = JSON.readTree(exchange.getRequestBody().readAllBytes()).get("bridgeUrl").asString();
			if (this.refuse) {
				this.syncs.add(new Sync(authorization, exchange.getRequestURI().getQuery(), bridgeUrl, 0, ""));
				answer(exchange, 400, "{\"statusCode\":400,\"message\":\"Workflow order-shipped was already created in "
						+ "Dashboard. Please use another workflowId.\",\"error\":\"Bad Request\"}");
				return;
			}
			// As Novu's API does: a signed GET over "{}" with the environment's secret key.
			HttpResponse<String> discover = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(bridgeUrl + "?action=discover"))
					.header(NovuSignature.HEADER, NovuSignature.header(secretKey, System.currentTimeMillis(), "{}"))
					.timeout(Duration.ofSeconds(30))
					.GET()
					.build(), HttpResponse.BodyHandlers.ofString());
			this.syncs.add(new Sync(authorization, exchange.getRequestURI().getQuery(), bridgeUrl, discover.statusCode(),
					discover.body()));
			if (discover.statusCode() != 200) {
				answer(exchange, 400, "{\"statusCode\":400,\"message\":\"Bridge URL is not valid.\",\"error\":\"Bad Request\"}");
				return;
			}
			ArrayNode stored = JSON.createArrayNode();
			int n = 0;
			for (JsonNode workflow : JSON.readTree(discover.body()).get("workflows")) {
				ObjectNode saved = stored.addObject();
				saved.put("_id", "66a0c0ffee0000000000bb0" + (n++));
				saved.put("name", workflow.path("name").asString(workflow.get("workflowId").asString()));
				saved.putArray("triggers").addObject().put("type", "event").put("identifier",
						workflow.get("workflowId").asString());
				saved.put("type", "BRIDGE");
				saved.put("origin", "external");
			}
			ObjectNode envelope = JSON.createObjectNode();
			envelope.set("data", stored);
			answer(exchange, 201, JSON.writeValueAsString(envelope));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
	}

	private static void answer(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private ConfigurableApplicationContext start(Class<?> app, WebApplicationType type, int port, String... more) {
		List<String> properties = new java.util.ArrayList<>(List.of("server.port=" + port,
				"server.address=127.0.0.1", "novu.api-key=" + SECRET,
				"novu.base-url=http://127.0.0.1:" + this.novu.getAddress().getPort(), "novu.framework.sync.enabled=true",
				"novu.framework.sync.bridge-url=http://127.0.0.1:" + port + "/api/novu", "spring.main.banner-mode=off"));
		properties.addAll(List.of(more));
		return new SpringApplicationBuilder(app).web(type).properties(properties.toArray(String[]::new)).run();
	}

	@Test
	void atStartNovuIsAskedToSyncAndDiscoversTheWorkflowsWithASignedCallBack(CapturedOutput output) throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext context = start(ServletApp.class, WebApplicationType.SERVLET, port)) {
			assertThat(this.syncs).singleElement().satisfies((sync) -> {
				assertThat(sync.authorization()).isEqualTo("ApiKey " + SECRET);
				assertThat(sync.query()).isEqualTo("source=novu4j");
				assertThat(sync.bridgeUrl()).isEqualTo("http://127.0.0.1:" + port + "/api/novu");
				assertThat(sync.discoverStatus()).isEqualTo(200);
				assertThat(sync.discoverBody()).contains("\"workflowId\":\"order-shipped\"");
			});
			assertThat(output).contains("Novu synced 1 workflow(s) from the bridge at http://127.0.0.1:" + port
					+ "/api/novu: order-shipped");
			assertThat(context.isActive()).isTrue();
		}
		assertThat(output).doesNotContain(SECRET);
	}

	@Test
	void theSameOnARealReactiveServer(CapturedOutput output) throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext context = start(ReactiveApp.class, WebApplicationType.REACTIVE, port)) {
			assertThat(this.syncs).singleElement().satisfies((sync) -> {
				assertThat(sync.discoverStatus()).isEqualTo(200);
				assertThat(sync.discoverBody()).contains("\"workflowId\":\"order-shipped\"");
			});
			assertThat(output).contains("Novu synced 1 workflow(s)");
		}
	}

	@Test
	void aRefusedSyncIsLoggedAndTheApplicationKeepsRunning(CapturedOutput output) throws Exception {
		this.refuse = true;
		int port = freePort();
		try (ConfigurableApplicationContext context = start(ServletApp.class, WebApplicationType.SERVLET, port)) {
			assertThat(context.isActive()).isTrue();
			assertThat(output).contains("Novu could not sync the bridge at http://127.0.0.1:" + port + "/api/novu")
				.contains("already created in Dashboard")
				.contains("keeps running");
			// The bridge still answers.
			HttpResponse<String> health = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/novu")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(health.statusCode()).isEqualTo(200);
		}
		assertThat(output).doesNotContain(SECRET);
	}

	@Test
	void failOnErrorStopsTheApplication() throws IOException {
		this.refuse = true;
		int port = freePort();
		assertThatException()
			.isThrownBy(() -> start(ServletApp.class, WebApplicationType.SERVLET, port,
					"novu.framework.sync.fail-on-error=true").close())
			.withMessageContaining("Novu could not sync the bridge")
			.withMessageContaining("novu.framework.sync.fail-on-error=true")
			.withMessageNotContaining(SECRET);
		assertThat(this.syncs).hasSize(1);
	}

	@Test
	void enabledWithoutABridgeUrlOrWithABadOneFailsAtStartWithAClearMessage() throws IOException {
		int port = freePort();
		assertThatException()
			.isThrownBy(() -> start(ServletApp.class, WebApplicationType.SERVLET, port,
					"novu.framework.sync.bridge-url=").close())
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("novu.framework.sync.bridge-url"));
		assertThatException()
			.isThrownBy(() -> start(ServletApp.class, WebApplicationType.SERVLET, port,
					"novu.framework.sync.bridge-url=localhost:8080/api/novu").close())
			.satisfies((ex) -> assertThat(rootMessage(ex)).contains("absolute http or https URL"));
		assertThat(this.syncs).isEmpty();
	}

	private static String rootMessage(Throwable ex) {
		StringBuilder messages = new StringBuilder();
		for (Throwable t = ex; t != null; t = t.getCause()) {
			messages.append(t.getMessage()).append('\n');
		}
		return messages.toString();
	}

}
