package io.github.novu4j.autoconfigure.framework;

import io.github.novu4j.framework.NovuSignature;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * Spring MVC with Spring Security: the starter's chain exempts only the bridge path from login and CSRF; the
 * application's other endpoints keep both. The manual chain docs/framework-bridge.md shows for those who switch the
 * starter's chain off works too.
 */
class NovuFrameworkSecurityTests {

	private static final String SECRET = "sk-test-secret";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuFrameworkAutoConfiguration.class,
				NovuFrameworkSecurityAutoConfiguration.class))
		.withUserConfiguration(NovuFrameworkMvcTests.Workflows.class, Orders.class)
		.withPropertyValues("novu.api-key=" + SECRET);

	/** Another POST endpoint of the application, which must stay protected. */
	@Configuration(proxyBeanMethods = false)
	static class Orders {

		@Bean
		RouterFunction<ServerResponse> orders() {
			return RouterFunctions.route().POST("/orders", (request) -> ServerResponse.ok().body("created")).build();
		}

	}

	@EnableWebSecurity
	@Configuration(proxyBeanMethods = false)
	static class ApplicationSecurity {

		@Bean
		@Order(2)
		SecurityFilterChain application(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

	}

	/** Spring Security on, but no chain bean: Spring Security builds its own default chain. */
	@EnableWebSecurity
	@Configuration(proxyBeanMethods = false)
	static class SecurityWithoutAChainBean {

	}

	@Configuration(proxyBeanMethods = false)
	static class ManualBridgeSecurity {

		// As in docs/framework-bridge.md, for novu.framework.security-filter-chain.enabled=false.
		@Bean
		@Order(1)
		SecurityFilterChain novuBridgeSecurity(HttpSecurity http) throws Exception {
			return http.securityMatcher("/api/novu")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnChainUnderTheStartersName {

		@Bean
		@Order(1)
		SecurityFilterChain novuFrameworkSecurityFilterChain(HttpSecurity http) throws Exception {
			// Requires a login on the bridge path too: the starter must step aside, not override it.
			return http.securityMatcher("/api/novu")
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

	}

	static int status(AssertableWebApplicationContext context, MockHttpServletRequestBuilder request) throws Exception {
		MockMvc mvc = context.containsBean("springSecurityFilterChain")
				? MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
				: MockMvcBuilders.webAppContextSetup(context).build();
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	static MockHttpServletRequestBuilder signedExecute() {
		String body = "{\"payload\":{\"orderId\":\"A-1\"},\"controls\":{}}";
		return MockMvcRequestBuilders.post("/api/novu")
			.queryParam("action", "execute")
			.queryParam("workflowId", "order-shipped")
			.queryParam("stepId", "sms")
			.header(NovuSignature.HEADER, NovuSignature.header(SECRET, System.currentTimeMillis(), body))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
	}

	static MockHttpServletRequestBuilder postOrder() {
		return MockMvcRequestBuilders.post("/orders").contentType(MediaType.APPLICATION_JSON).content("{}");
	}

	@Test
	void theBridgeIsExemptAutomaticallyAndTheRestStaysProtected() {
		this.runner.withUserConfiguration(ApplicationSecurity.class).run((context) -> {
			assertThat(context).hasBean("novuFrameworkSecurityFilterChain");
			assertThat(status(context, signedExecute())).isEqualTo(200);
			// Reaching the bridge is not trusting the caller: without a signature the bridge itself refuses.
			assertThat(status(context, MockMvcRequestBuilders.get("/api/novu").queryParam("action", "discover")))
				.isEqualTo(401);
			assertThat(status(context, postOrder())).as("no login, no CSRF token").isEqualTo(403);
			assertThat(status(context, postOrder().with(csrf()))).as("CSRF token, no login").isEqualTo(401);
			assertThat(status(context, postOrder().with(user("ada")))).as("logged in, no CSRF token").isEqualTo(403);
			assertThat(status(context, postOrder().with(user("ada")).with(csrf()))).isEqualTo(200);
			// A path that merely starts like the bridge's is not exempt.
			assertThat(status(context, MockMvcRequestBuilders.post("/api/novu/other").with(csrf()))).isEqualTo(401);
			assertThat(status(context, MockMvcRequestBuilders.post("/api/novu/other"))).isEqualTo(403);
		});
	}

	@Test
	void switchedOffSpringSecurityRefusesNovuUntilTheDocumentedChainIsAdded() {
		this.runner.withUserConfiguration(ApplicationSecurity.class)
			.withPropertyValues("novu.framework.security-filter-chain.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean("novuFrameworkSecurityFilterChain");
				assertThat(status(context, signedExecute())).isIn(401, 403);
			});
		this.runner.withUserConfiguration(ApplicationSecurity.class, ManualBridgeSecurity.class)
			.withPropertyValues("novu.framework.security-filter-chain.enabled=false")
			.run((context) -> assertThat(status(context, signedExecute())).isEqualTo(200));
	}

	@Test
	void aChainOfTheApplicationUnderTheStartersNameReplacesIt() {
		this.runner.withUserConfiguration(ApplicationSecurity.class, OwnChainUnderTheStartersName.class)
			.run((context) -> {
				assertThat(context.getBeansOfType(SecurityFilterChain.class)).hasSize(2);
				assertThat(status(context, signedExecute())).isIn(401, 403);
				// Its own rule (a login) applies even to the health-check, which the bridge answers to anyone.
				assertThat(status(context, MockMvcRequestBuilders.get("/api/novu"))).isEqualTo(401);
			});
	}

	@Test
	void withoutAChainBeanNothingIsAddedSoSpringSecuritysDefaultStillProtectsEverything() {
		// Adding a chain here would make Spring Security drop its default chain and leave /orders open.
		this.runner.withUserConfiguration(SecurityWithoutAChainBean.class).run((context) -> {
			assertThat(context).doesNotHaveBean("novuFrameworkSecurityFilterChain");
			assertThat(status(context, postOrder().with(csrf()))).isEqualTo(401);
			assertThat(status(context, MockMvcRequestBuilders.get("/api/novu"))).isEqualTo(401);
			assertThat(status(context, signedExecute())).isIn(401, 403);
		});
	}

	@Test
	void withoutSpringSecurityThereIsNoChain() {
		this.runner.run((context) -> {
			assertThat(context).doesNotHaveBean("novuFrameworkSecurityFilterChain");
			assertThat(status(context, signedExecute())).isEqualTo(200);
		});
	}

}
