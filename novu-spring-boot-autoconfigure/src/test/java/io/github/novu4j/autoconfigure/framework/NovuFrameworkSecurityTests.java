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
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** The Spring Security set-up docs/framework-bridge.md shows: /api/novu is exempt from CSRF and login. */
class NovuFrameworkSecurityTests {

	private static final String SECRET = "sk-test-secret";

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuFrameworkAutoConfiguration.class))
		.withUserConfiguration(NovuFrameworkMvcTests.Workflows.class)
		.withPropertyValues("novu.api-key=" + SECRET);

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

	@Configuration(proxyBeanMethods = false)
	static class BridgeSecurity {

		// As in docs/framework-bridge.md: Novu's signature authenticates the caller, so no login and no CSRF token.
		@Bean
		@Order(1)
		SecurityFilterChain novuBridgeSecurity(HttpSecurity http) throws Exception {
			return http.securityMatcher("/api/novu")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	static int execute(AssertableWebApplicationContext context) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		String body = "{\"payload\":{\"orderId\":\"A-1\"},\"controls\":{}}";
		return mvc.perform(MockMvcRequestBuilders.post("/api/novu")
			.queryParam("action", "execute")
			.queryParam("workflowId", "order-shipped")
			.queryParam("stepId", "sms")
			.header(NovuSignature.HEADER, NovuSignature.header(SECRET, System.currentTimeMillis(), body))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).andReturn().getResponse().getStatus();
	}

	@Test
	void withoutTheExemptionSpringSecurityRefusesNovu() {
		this.runner.withUserConfiguration(ApplicationSecurity.class)
			.run((context) -> assertThat(execute(context)).isIn(401, 403));
	}

	@Test
	void withTheDocumentedChainNovuIsAnswered() {
		this.runner.withUserConfiguration(ApplicationSecurity.class, BridgeSecurity.class)
			.run((context) -> assertThat(execute(context)).isEqualTo(200));
	}

}
