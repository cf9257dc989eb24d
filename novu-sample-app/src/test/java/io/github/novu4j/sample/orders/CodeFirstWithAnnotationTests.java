package io.github.novu4j.sample.orders;

import java.net.URI;
import java.util.List;

import io.github.novu4j.sample.localnovu.LocalNovuConfiguration;
import io.github.novu4j.test.BridgeExecution;
import io.github.novu4j.test.LocalNovu;
import io.github.novu4j.test.spring.AutoConfigureLocalNovu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.aot.DisabledInAotMode;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recipe docs/test-kit.md gives an application with Java workflows: {@code @AutoConfigureLocalNovu} (here in
 * place of the sample's offline mode), the bridge synced in {@code @BeforeEach}, then what each step rendered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureLocalNovu
// @AutoConfigureLocalNovu starts its local Novu when the test context is customised; AOT processing customises
// contexts without ever closing them, so the server's thread would keep the AOT processor's JVM alive.
@DisabledInAotMode
class CodeFirstWithAnnotationTests {

	@LocalServerPort
	int port;

	@Autowired
	LocalNovu novu;

	@Autowired
	ApplicationContext context;

	@BeforeEach
	void syncTheBridge() {
		this.novu.syncBridge(URI.create("http://127.0.0.1:" + this.port + "/api/novu"));
	}

	@Test
	void theLocalNovuRunsTheApplicationsJavaWorkflow() {
		// The kit's local Novu, not the sample's offline stand-in.
		assertThat(this.context.getBeansOfType(LocalNovuConfiguration.class)).isEmpty();
		RestTestClient.bindToServer()
			.baseUrl("http://localhost:" + this.port)
			.build()
			.post()
			.uri("/orders")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"customer\":{\"id\":\"cust-9\",\"firstName\":\"Alan\"},"
					+ "\"items\":[{\"sku\":\"book-1\",\"quantity\":1,\"unitPrice\":9.90}]}")
			.exchange()
			.expectStatus()
			.isCreated();

		List<BridgeExecution> steps = this.novu.bridgeExecutions();
		assertThat(steps).extracting(BridgeExecution::stepId).containsExactly("inbox", "confirmation");
		assertThat(steps.get(0).output("body")).isEqualTo("Thanks Alan! We received 1 item(s), 9.90 EUR in total.");
		assertThat(this.novu.messages("cust-9")).singleElement()
			.satisfies((message) -> assertThat(message.get("content")).isEqualTo(steps.get(0).output("body")));
	}

}
