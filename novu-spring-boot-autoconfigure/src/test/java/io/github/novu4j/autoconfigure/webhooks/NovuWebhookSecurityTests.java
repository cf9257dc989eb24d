package io.github.novu4j.autoconfigure.webhooks;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SECRET;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.SIGNER;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.body;
import static io.github.novu4j.autoconfigure.webhooks.WebhookTestSupport.headers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/** The Spring Security set-up docs/webhooks.md shows: the webhook path is exempt from CSRF and login. */
class NovuWebhookSecurityTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, NovuWebhookAutoConfiguration.class))
		.withBean(WebhookTestSupport.RecordingListener.class)
		.withPropertyValues("novu.webhooks.secret=" + SECRET);

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
	static class WebhookSecurity {

		// As in docs/webhooks.md: the signature authenticates the caller, so no login and no CSRF token.
		@Bean
		@Order(1)
		SecurityFilterChain novuWebhooks(HttpSecurity http) throws Exception {
			return http.securityMatcher("/novu/webhooks")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class PermitAllButCsrf {

		@Bean
		@Order(1)
		SecurityFilterChain novuWebhooks(HttpSecurity http) throws Exception {
			return http.securityMatcher("/novu/webhooks")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.build();
		}

	}

	static int post(AssertableWebApplicationContext context, String webhookId) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		byte[] body = body("message.delivered", webhookId);
		Map<String, String> signed = headers(SIGNER, webhookId, body);
		return mvc.perform(WebhookTestSupport.webhookPost("/novu/webhooks", body, signed)).andReturn().getResponse().getStatus();
	}

	@Test
	void withoutTheExemptionSpringSecurityRefusesNovu() {
		this.runner.withUserConfiguration(ApplicationSecurity.class).run((context) -> {
			assertThat(post(context, "msg_1")).isIn(401, 403);
			assertThat(context.getBean(WebhookTestSupport.RecordingListener.class).all).isEmpty();
		});
	}

	@Test
	void permittingThePathIsNotEnoughWhileCsrfIsOn() {
		this.runner.withUserConfiguration(ApplicationSecurity.class, PermitAllButCsrf.class).run((context) -> {
			assertThat(post(context, "msg_3")).isEqualTo(403);
			assertThat(context.getBean(WebhookTestSupport.RecordingListener.class).all).isEmpty();
		});
	}

	@Test
	void withTheDocumentedChainTheWebhookIsReceived() {
		this.runner.withUserConfiguration(ApplicationSecurity.class, WebhookSecurity.class).run((context) -> {
			assertThat(post(context, "msg_2")).isEqualTo(200);
			assertThat(context.getBean(WebhookTestSupport.RecordingListener.class).messages).hasSize(1);
		});
	}

}
