package io.github.novu4j.autoconfigure.webhooks;

import java.time.Clock;
import java.util.Locale;

import javax.sql.DataSource;

import io.github.novu4j.client.webhooks.NovuWebhookVerifier;
import io.github.novu4j.client.webhooks.WebhookHeaders;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.scheduler.Schedulers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;

/**
 * Auto-configuration of the endpoint that receives Novu's webhooks. Active when {@code novu.webhooks.secret}
 * (or {@code novu.webhooks.secrets}) is set: {@code POST /novu/webhooks} ({@code novu.webhooks.path}) in a
 * Spring MVC or a WebFlux application verifies each delivery, deduplicates it on {@code webhook-id} and
 * publishes its {@link io.github.novu4j.client.webhooks.NovuWebhookEvent} to the application's listeners:
 * <pre>{@code
 * @EventListener
 * void on(NovuMessageEvent event) { ... }
 * }</pre>
 * Needs no Novu API key.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass(NovuWebhookVerifier.class)
@Conditional(OnWebhookSecretCondition.class)
@EnableConfigurationProperties(NovuWebhookProperties.class)
public final class NovuWebhookAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	NovuWebhookVerifier novuWebhookVerifier(NovuWebhookProperties properties) {
		return NovuWebhookVerifier.builder()
			.secrets(properties.allSecrets())
			.tolerance(properties.getTolerance())
			.build();
	}

	@Bean
	@ConditionalOnMissingBean
	NovuWebhookReceiver novuWebhookReceiver(NovuWebhookVerifier verifier, WebhookDeduplicationStore store,
			ApplicationEventPublisher publisher, ObjectProvider<NovuWebhookMetrics> metrics) {
		return new NovuWebhookReceiver(verifier, store, publisher, metrics.getIfAvailable(() -> NovuWebhookMetrics.NONE));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(WebhookDeduplicationStore.class)
	@ConditionalOnProperty(name = "novu.webhooks.deduplication", havingValue = "memory", matchIfMissing = true)
	static class InMemoryStoreConfiguration {

		@Bean
		InMemoryWebhookDeduplicationStore novuWebhookDeduplicationStore(NovuWebhookProperties properties) {
			return new InMemoryWebhookDeduplicationStore(properties.getMemoryMaxEntries(), properties.getRetention(),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(WebhookDeduplicationStore.class)
	@ConditionalOnProperty(name = "novu.webhooks.deduplication", havingValue = "jdbc")
	@ConditionalOnClass(name = "org.springframework.jdbc.core.JdbcTemplate")
	static class JdbcStoreConfiguration {

		@Bean
		JdbcWebhookDeduplicationStore novuWebhookDeduplicationStore(NovuWebhookProperties properties,
				ObjectProvider<DataSource> dataSource) {
			DataSource db = dataSource.getIfUnique();
			if (db == null) {
				throw new IllegalStateException(
						"novu.webhooks.deduplication=jdbc needs exactly one DataSource bean (add spring-boot-starter-jdbc "
								+ "and configure spring.datasource.*), or declare a WebhookDeduplicationStore bean");
			}
			if (properties.getJdbc().isInitializeSchema()) {
				JdbcWebhookDeduplicationStore.initializeSchema(db);
			}
			return new JdbcWebhookDeduplicationStore(db, properties.getRetention(), properties.getJdbc().getCleanupInterval(),
					Clock.systemUTC());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(WebhookDeduplicationStore.class)
	@ConditionalOnProperty(name = "novu.webhooks.deduplication", havingValue = "none")
	static class NoStoreConfiguration {

		@Bean
		WebhookDeduplicationStore novuWebhookDeduplicationStore() {
			return WebhookDeduplicationStore.NONE;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class MetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		NovuWebhookMetrics novuWebhookMetrics(MeterRegistry registry) {
			return new MicrometerNovuWebhookMetrics(registry);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(org.springframework.web.servlet.function.RouterFunction.class)
	static class ServletEndpointConfiguration {

		@Bean
		org.springframework.web.servlet.function.RouterFunction<org.springframework.web.servlet.function.ServerResponse> novuWebhookRoute(
				NovuWebhookProperties properties, NovuWebhookReceiver receiver) {
			return org.springframework.web.servlet.function.RouterFunctions.route()
				.POST(properties.getPath(), (request) -> {
					byte[] body = request.body(byte[].class);
					NovuWebhookReceiver.Answer answer = receiver.receive(body,
							(name) -> request.headers().firstHeader(name));
					return org.springframework.web.servlet.function.ServerResponse.status(answer.status())
						.contentType(MediaType.APPLICATION_JSON)
						.body(answer.body());
				})
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass({ org.springframework.web.reactive.function.server.RouterFunction.class, Schedulers.class })
	static class ReactiveEndpointConfiguration {

		@Bean
		org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> novuWebhookReactiveRoute(
				NovuWebhookProperties properties, NovuWebhookReceiver receiver) {
			return org.springframework.web.reactive.function.server.RouterFunctions.route()
				.POST(properties.getPath(), (request) -> request.bodyToMono(byte[].class)
					.defaultIfEmpty(new byte[0])
					// Verification, the store and the listeners may block: keep them off the event loop.
					.publishOn(Schedulers.boundedElastic())
					.map((body) -> receiver.receive(body, reactiveHeaders(request)))
					// A body over WebFlux's in-memory codec limit (256 KB unless configured) is refused, not a 500.
					.onErrorResume(org.springframework.core.io.buffer.DataBufferLimitException.class,
							(ex) -> reactor.core.publisher.Mono.just(new NovuWebhookReceiver.Answer(413,
									"{\"error\":\"payload_too_large\"}")))
					.flatMap((answer) -> org.springframework.web.reactive.function.server.ServerResponse
						.status(answer.status())
						.contentType(MediaType.APPLICATION_JSON)
						.bodyValue(answer.body())))
				.build();
		}

		private static WebhookHeaders reactiveHeaders(org.springframework.web.reactive.function.server.ServerRequest request) {
			return (name) -> request.headers().firstHeader(name.toLowerCase(Locale.ROOT));
		}

	}

}
