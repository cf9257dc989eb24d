package io.github.novu4j.autoconfigure.framework;

import io.github.novu4j.framework.JsonType;
import io.github.novu4j.framework.NovuBridge;
import io.github.novu4j.framework.NovuSignature;
import io.github.novu4j.framework.Outputs;
import io.github.novu4j.framework.Workflow;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/** Workflow beans served by Spring MVC at /api/novu. */
class NovuFrameworkMvcTests {

	private static final String SECRET = "sk-test-secret";

	record Order(String orderId) {
	}

	record SmsControls(String text) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Workflows {

		@Bean
		Workflow<Order> orderShipped() {
			return Workflow.builder("order-shipped", Order.class)
				.sms("sms", JsonType.withDefaults(new SmsControls("Order {{payload.orderId}} shipped")),
						(ctx) -> new Outputs.Sms(ctx.controls().text()))
				.build();
		}

	}

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuFrameworkAutoConfiguration.class));

	private static MvcResult perform(AssertableWebApplicationContext context, MockHttpServletRequestBuilder request)
			throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
		return mvc.perform(request).andReturn();
	}

	@Test
	void isRegisteredAsAnAutoConfiguration() {
		assertThat(ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()))
			.contains(NovuFrameworkAutoConfiguration.class.getName());
	}

	@Test
	void withoutWorkflowBeansThereIsNoBridge() {
		this.runner.withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			assertThat(context).doesNotHaveBean(NovuBridge.class);
			assertThat(perform(context, MockMvcRequestBuilders.get("/api/novu")).getResponse().getStatus()).isEqualTo(404);
		});
	}

	@Test
	void aSignedExecuteIsAnsweredAtApiNovu() {
		this.runner.withUserConfiguration(Workflows.class).withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			String body = "{\"payload\":{\"orderId\":\"A-1\"},\"controls\":{}}";
			MvcResult result = perform(context, MockMvcRequestBuilders.post("/api/novu")
				.queryParam("action", "execute")
				.queryParam("workflowId", "order-shipped")
				.queryParam("stepId", "sms")
				.header(NovuSignature.HEADER, NovuSignature.header(SECRET, System.currentTimeMillis(), body))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body));
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			assertThat(result.getResponse().getContentAsString()).contains("\"outputs\":{\"body\":\"Order A-1 shipped\"}");
			assertThat(result.getResponse().getHeader("novu-framework-server")).isEqualTo("spring-mvc");
			assertThat(result.getResponse().getHeader("access-control-allow-origin")).isEqualTo("*");
		});
	}

	@Test
	void eachRequestIsObservedInTheApplicationsRegistry() {
		TestObservationRegistry registry = TestObservationRegistry.create();
		this.runner.withUserConfiguration(Workflows.class)
			.withBean(ObservationRegistry.class, () -> registry)
			.withPropertyValues("novu.api-key=" + SECRET)
			.run((context) -> {
				String body = "{\"payload\":{\"orderId\":\"A-2\"},\"controls\":{}}";
				MvcResult result = perform(context, MockMvcRequestBuilders.post("/api/novu")
					.queryParam("action", "execute")
					.queryParam("workflowId", "order-shipped")
					.queryParam("stepId", "sms")
					.header(NovuSignature.HEADER, NovuSignature.header(SECRET, System.currentTimeMillis(), body))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body));
				assertThat(result.getResponse().getStatus()).isEqualTo(200);
				TestObservationRegistryAssert.assertThat(registry)
					.hasObservationWithNameEqualTo("novu.framework.bridge")
					.that()
					.hasLowCardinalityKeyValue("action", "execute")
					.hasLowCardinalityKeyValue("workflow", "order-shipped")
					.hasLowCardinalityKeyValue("step", "sms");
			});
	}

	@Test
	void healthCheckNeedsNoSignatureButDiscoverDoes() {
		this.runner.withUserConfiguration(Workflows.class).withPropertyValues("novu.api-key=" + SECRET).run((context) -> {
			MvcResult health = perform(context, MockMvcRequestBuilders.get("/api/novu"));
			assertThat(health.getResponse().getStatus()).isEqualTo(200);
			assertThat(health.getResponse().getContentAsString()).contains("\"workflows\":1");
			MvcResult discover = perform(context, MockMvcRequestBuilders.get("/api/novu").queryParam("action", "discover"));
			assertThat(discover.getResponse().getStatus()).isEqualTo(401);
			assertThat(discover.getResponse().getContentAsString()).contains("SignatureNotFoundError");
		});
	}

	@Test
	void theOneSwitchForLocalDevelopmentAndACustomPath() {
		this.runner.withUserConfiguration(Workflows.class)
			.withPropertyValues("novu.framework.strict-authentication=false", "novu.framework.path=/bridge")
			.run((context) -> {
				MvcResult discover = perform(context, MockMvcRequestBuilders.get("/bridge").queryParam("action", "discover"));
				assertThat(discover.getResponse().getStatus()).isEqualTo(200);
				assertThat(discover.getResponse().getContentAsString()).contains("\"workflowId\":\"order-shipped\"");
				MvcResult options = perform(context, MockMvcRequestBuilders.options("/bridge"));
				assertThat(options.getResponse().getStatus()).isEqualTo(200);
				assertThat(options.getResponse().getContentAsString()).isEqualTo("{}");
			});
	}

	@Test
	void strictWithoutAnApiKeyFailsAtStartWithAClearMessage() {
		this.runner.withUserConfiguration(Workflows.class).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("novu.api-key")
				.hasMessageContaining("novu.framework.strict-authentication=false");
		});
	}

	@Test
	void metadataDescribesEveryPropertyWithItsDefault() throws Exception {
		tools.jackson.databind.JsonNode metadata;
		try (java.io.InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			metadata = tools.jackson.databind.json.JsonMapper.builder().build().readTree(in);
		}
		java.util.Map<String, tools.jackson.databind.JsonNode> properties = new java.util.LinkedHashMap<>();
		metadata.get("properties").forEach((property) -> properties.put(property.get("name").asString(), property));
		properties.keySet().removeIf((name) -> !name.startsWith("novu.framework."));
		assertThat(properties).containsOnlyKeys("novu.framework.path", "novu.framework.strict-authentication",
				"novu.framework.security-filter-chain.enabled", "novu.framework.sync.enabled",
				"novu.framework.sync.bridge-url", "novu.framework.sync.fail-on-error");
		assertThat(properties.get("novu.framework.path").get("defaultValue").asString()).isEqualTo("/api/novu");
		assertThat(properties.get("novu.framework.strict-authentication").get("defaultValue").asBoolean()).isTrue();
		assertThat(properties.get("novu.framework.security-filter-chain.enabled").get("defaultValue").asBoolean()).isTrue();
		assertThat(properties.get("novu.framework.sync.enabled").get("defaultValue").asBoolean()).isFalse();
		assertThat(properties.get("novu.framework.sync.fail-on-error").get("defaultValue").asBoolean()).isFalse();
		assertThat(properties.get("novu.framework.sync.bridge-url").has("defaultValue")).isFalse();
		properties.values().forEach((property) -> assertThat(property.path("description").asString()).isNotBlank());
	}

}
