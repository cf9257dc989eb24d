package io.github.novu4j.autoconfigure.framework;

import java.nio.charset.StandardCharsets;

import io.github.novu4j.framework.NovuBridge;
import io.github.novu4j.framework.NovuSignature;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Workflow beans served by Spring WebFlux at /api/novu (WebTestClient bound to the application context). */
class NovuFrameworkWebFluxTests {

	static final String SECRET = "sk-test-secret";

	/** Generous: the build machine may be loaded, and a first request initialises a lot. */
	static final java.time.Duration TIMEOUT = java.time.Duration.ofSeconds(60);

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebFluxAutoConfiguration.class, NovuFrameworkAutoConfiguration.class))
		.withUserConfiguration(NovuFrameworkMvcTests.Workflows.class);

	static WebTestClient client(ApplicationContext context) {
		return WebTestClient.bindToApplicationContext(context).configureClient().responseTimeout(TIMEOUT).build();
	}

	static EntityExchangeResult<String> signedExecute(WebTestClient client, String path, byte[] body) {
		String signature = NovuSignature.header(SECRET, System.currentTimeMillis(), new String(body, StandardCharsets.UTF_8));
		return client.post()
			.uri((uri) -> uri.path(path)
				.queryParam("action", "execute")
				.queryParam("workflowId", "order-shipped")
				.queryParam("stepId", "sms")
				.build())
			.header(NovuSignature.HEADER, signature)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectBody(String.class)
			.returnResult();
	}

	@Test
	void aSignedExecuteIsAnsweredAtApiNovu() {
		this.runner.withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			byte[] body = "{\"payload\":{\"orderId\":\"A-1\"},\"controls\":{}}".getBytes(StandardCharsets.UTF_8);

			EntityExchangeResult<String> result = signedExecute(client(context), "/api/novu", body);

			assertThat(result.getStatus().value()).isEqualTo(200);
			assertThat(result.getResponseBody()).contains("\"outputs\":{\"body\":\"Order A-1 shipped\"}");
			assertThat(result.getResponseHeaders().getFirst("novu-framework-server")).isEqualTo("spring-webflux");
			assertThat(result.getResponseHeaders().getFirst("access-control-allow-origin")).isEqualTo("*");
		});
	}

	@Test
	void theSignatureCoversTheRawBytesAsSent() {
		this.runner.withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			// Spaces, a key order Jackson would not keep, and a non-ASCII character: a decoded and re-encoded body
			// would no longer match the signature.
			byte[] body = "{ \"controls\" : {},\n  \"payload\": {\"orderId\": \"Å-1\"} }".getBytes(StandardCharsets.UTF_8);

			EntityExchangeResult<String> result = signedExecute(client(context), "/api/novu", body);

			assertThat(result.getStatus().value()).isEqualTo(200);
			assertThat(result.getResponseBody()).contains("Order Å-1 shipped");

			byte[] tampered = "{ \"controls\" : {},\n  \"payload\": {\"orderId\": \"Å-2\"} }".getBytes(StandardCharsets.UTF_8);
			String signatureOfOriginal = NovuSignature.header(SECRET, System.currentTimeMillis(),
					new String(body, StandardCharsets.UTF_8));
			EntityExchangeResult<String> refused = client(context).post()
				.uri("/api/novu?action=execute&workflowId=order-shipped&stepId=sms")
				.header(NovuSignature.HEADER, signatureOfOriginal)
				.contentType(MediaType.APPLICATION_JSON)
				.bodyValue(tampered)
				.exchange()
				.expectBody(String.class)
				.returnResult();
			assertThat(refused.getStatus().value()).isEqualTo(401);
			assertThat(refused.getResponseBody()).contains("SignatureMismatchError");
		});
	}

	@Test
	void healthCheckNeedsNoSignatureButDiscoverDoes() {
		this.runner.withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			EntityExchangeResult<String> health = client(context).get().uri("/api/novu").exchange()
				.expectBody(String.class).returnResult();
			assertThat(health.getStatus().value()).isEqualTo(200);
			assertThat(health.getResponseBody()).contains("\"status\":\"ok\"").contains("\"workflows\":1");

			EntityExchangeResult<String> discover = client(context).get().uri("/api/novu?action=discover").exchange()
				.expectBody(String.class).returnResult();
			assertThat(discover.getStatus().value()).isEqualTo(401);
			assertThat(discover.getResponseBody()).contains("SignatureNotFoundError");
		});
	}

	@Test
	void aCustomPathAndOptions() {
		this.runner.withPropertyValues("novu.api-key=" + SECRET, "novu.framework.path=/bridge").run((context) -> {
			assertThat(client(context).get().uri("/api/novu").exchange().returnResult(String.class).getStatus().value())
				.isEqualTo(404);
			assertThat(signedExecute(client(context), "/bridge",
					"{\"payload\":{\"orderId\":\"B-2\"},\"controls\":{}}".getBytes(StandardCharsets.UTF_8))
				.getResponseBody()).contains("Order B-2 shipped");
			EntityExchangeResult<String> options = client(context).options().uri("/bridge").exchange()
				.expectBody(String.class).returnResult();
			assertThat(options.getStatus().value()).isEqualTo(200);
			assertThat(options.getResponseBody()).isEqualTo("{}");
			assertThat(client(context).put().uri("/bridge").exchange().returnResult(String.class).getStatus().value())
				.as("only GET, POST and OPTIONS are routed").isIn(404, 405);
		});
	}

	@Test
	void aBodyOverTheCodecLimitIs413InTheBridgesErrorShape() {
		this.runner.withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			byte[] body = new byte[300 * 1024];
			java.util.Arrays.fill(body, (byte) ' ');

			EntityExchangeResult<String> answer = signedExecute(client(context), "/api/novu", body);

			assertThat(answer.getStatus().value()).isEqualTo(413);
			assertThat(answer.getResponseBody()).contains("\"code\":\"PayloadTooLargeError\"");
			assertThat(answer.getResponseHeaders().getFirst("novu-framework-version")).isEqualTo(NovuBridge.FRAMEWORK_VERSION);
		});
	}

	@Test
	void withoutWorkflowBeansThereIsNoRoute() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(WebFluxAutoConfiguration.class, NovuFrameworkAutoConfiguration.class))
			.withPropertyValues("novu.api-key=" + SECRET)
			.run((context) -> {
				assertThat(context).doesNotHaveBean(NovuBridge.class);
				assertThat(client(context).get().uri("/api/novu").exchange().returnResult(String.class).getStatus().value())
					.isEqualTo(404);
			});
	}

}
