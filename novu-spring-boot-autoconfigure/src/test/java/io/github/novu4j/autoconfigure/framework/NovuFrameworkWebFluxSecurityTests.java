package io.github.novu4j.autoconfigure.framework;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.userdetails.MapReactiveUserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import static io.github.novu4j.autoconfigure.framework.NovuFrameworkWebFluxTests.SECRET;
import static io.github.novu4j.autoconfigure.framework.NovuFrameworkWebFluxTests.client;
import static io.github.novu4j.autoconfigure.framework.NovuFrameworkWebFluxTests.signedExecute;
import static org.assertj.core.api.Assertions.assertThat;

/** WebFlux with Spring Security: only the bridge path is exempt from login and CSRF. */
class NovuFrameworkWebFluxSecurityTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebFluxAutoConfiguration.class, NovuFrameworkAutoConfiguration.class,
				NovuFrameworkSecurityAutoConfiguration.class))
		.withUserConfiguration(NovuFrameworkMvcTests.Workflows.class, Orders.class)
		.withPropertyValues("novu.api-key=" + SECRET);

	@Configuration(proxyBeanMethods = false)
	static class Orders {

		@Bean
		RouterFunction<ServerResponse> orders() {
			return RouterFunctions.route().POST("/orders", (request) -> ServerResponse.ok().bodyValue("created")).build();
		}

	}

	@EnableWebFluxSecurity
	@Configuration(proxyBeanMethods = false)
	static class ApplicationSecurity {

		@Bean
		@Order(2)
		SecurityWebFilterChain application(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
				.httpBasic(Customizer.withDefaults())
				.build();
		}

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(User.withUsername("ada").password("{noop}pw").roles("USER").build());
		}

	}

	/** Spring Security on, no chain bean: Spring Security's own default chain protects everything. */
	@EnableWebFluxSecurity
	@Configuration(proxyBeanMethods = false)
	static class SecurityWithoutAChainBean {

		@Bean
		MapReactiveUserDetailsService users() {
			return new MapReactiveUserDetailsService(User.withUsername("ada").password("{noop}pw").roles("USER").build());
		}

	}

	static int postOrder(ApplicationContext context, boolean login) {
		WebTestClient.RequestBodySpec request = client(context)
			.post()
			.uri("/orders")
			.contentType(MediaType.APPLICATION_JSON);
		if (login) {
			request = request.headers((headers) -> headers.setBasicAuth("ada", "pw"));
		}
		return request.bodyValue("{}").exchange().returnResult(String.class).getStatus().value();
	}

	static byte[] executeBody() {
		return "{\"payload\":{\"orderId\":\"A-1\"},\"controls\":{}}".getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void theBridgeIsExemptAutomaticallyAndTheRestStaysProtected() {
		this.runner.withUserConfiguration(ApplicationSecurity.class).run((context) -> {
			assertThat(context).hasBean("novuFrameworkSecurityWebFilterChain");
			WebTestClient client = client(context);

			assertThat(signedExecute(client, "/api/novu", executeBody()).getStatus().value()).isEqualTo(200);
			assertThat(client.get().uri("/api/novu?action=discover").exchange().returnResult(String.class)
				.getStatus().value()).as("the bridge itself refuses an unsigned discover").isEqualTo(401);
			assertThat(postOrder(context, false)).as("no login, no CSRF token").isIn(401, 403);
			assertThat(postOrder(context, true)).as("logged in, no CSRF token").isEqualTo(403);
		});
	}

	@Test
	void switchedOffTheBridgeIsRefused() {
		this.runner.withUserConfiguration(ApplicationSecurity.class)
			.withPropertyValues("novu.framework.security-filter-chain.enabled=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean("novuFrameworkSecurityWebFilterChain");
				WebTestClient client = client(context);
				assertThat(signedExecute(client, "/api/novu", executeBody()).getStatus().value()).isIn(401, 403);
			});
	}

	@Test
	void withoutAChainBeanNothingIsAddedSoTheDefaultStillProtectsEverything() {
		this.runner.withUserConfiguration(SecurityWithoutAChainBean.class).run((context) -> {
			assertThat(context).doesNotHaveBean("novuFrameworkSecurityWebFilterChain");
			WebTestClient client = client(context);
			assertThat(client.get().uri("/api/novu").exchange().returnResult(String.class).getStatus().value())
				.isEqualTo(401);
			assertThat(postOrder(context, true)).isEqualTo(403);
		});
	}

}
