package io.github.novu4j.autoconfigure.framework;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.github.novu4j.autoconfigure.NovuProperties;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.bridge.Bridge;
import io.github.novu4j.framework.BridgeRequest;
import io.github.novu4j.framework.BridgeResponse;
import io.github.novu4j.framework.NovuBridge;
import io.github.novu4j.framework.Workflow;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpMethod;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of the Novu Framework bridge: when {@code novu-framework} is on the class path and the
 * application declares at least one {@link Workflow} bean, a {@link NovuBridge} serves them, and in a Spring MVC or a
 * Spring WebFlux application answers GET, POST and OPTIONS at {@code /api/novu} ({@code novu.framework.path}).
 * Signatures are checked with {@code novu.api-key} unless {@code novu.framework.strict-authentication=false} (local
 * development only). With an {@link ObservationRegistry} bean, each request is observed as
 * {@code novu.framework.bridge} (action, workflow, step, outcome).
 */
@AutoConfiguration
@ConditionalOnClass(NovuBridge.class)
@ConditionalOnBean(Workflow.class)
@EnableConfigurationProperties({ NovuFrameworkProperties.class, NovuProperties.class })
public final class NovuFrameworkAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	NovuBridge novuBridge(NovuFrameworkProperties framework, NovuProperties novu, ObjectProvider<Workflow<?>> workflows,
			ObjectProvider<ObservationRegistry> observationRegistry, ApplicationContext context) {
		List<Workflow<?>> all = workflows.orderedStream().toList();
		// Reported to Novu in the novu-framework-server header.
		String serverName = (context instanceof ReactiveWebApplicationContext) ? "spring-webflux" : "spring-mvc";
		NovuBridge.Builder builder = framework.isStrictAuthentication() ? NovuBridge.builder(secretKey(novu))
				: NovuBridge.insecureForLocalDevelopment();
		// One novu.framework.bridge observation per request, in the application's registry (metrics, traces).
		observationRegistry.ifAvailable(builder::observationRegistry);
		return builder.serverName(serverName).workflows(all).build();
	}

	private static String secretKey(NovuProperties novu) {
		String secretKey = novu.getApiKey();
		if (secretKey == null || secretKey.isBlank()) {
			throw new IllegalStateException("The Novu Framework bridge checks Novu's signatures with novu.api-key "
					+ "(the environment's secret key), which is not set; set it, or for local development only set "
					+ "novu.framework.strict-authentication=false");
		}
		return secretKey;
	}

	/**
	 * The bridge's view of a request, the same for Spring MVC and WebFlux: the first value of each query parameter and
	 * header, and the body's bytes as UTF-8 text, unchanged (the signature covers them).
	 */
	static BridgeRequest bridgeRequest(HttpMethod method, Consumer<BiConsumer<String, List<String>>> queryParameters,
			Consumer<BiConsumer<String, List<String>>> headers, byte[] body) {
		return new BridgeRequest(method.name(), firstValues(queryParameters), firstValues(headers),
				new String(body, StandardCharsets.UTF_8));
	}

	private static Map<String, String> firstValues(Consumer<BiConsumer<String, List<String>>> multiValues) {
		Map<String, String> first = new LinkedHashMap<>();
		multiValues.accept((name, values) -> {
			if (!values.isEmpty()) {
				first.putIfAbsent(name, values.get(0));
			}
		});
		return first;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "novu.framework.sync.enabled")
	static class SyncConfiguration {

		@Bean
		NovuFrameworkSync novuFrameworkSync(NovuFrameworkProperties properties, ObjectProvider<NovuClient> client) {
			String bridgeUrl = properties.getSync().getBridgeUrl();
			if (bridgeUrl == null || bridgeUrl.isBlank()) {
				throw new IllegalStateException("novu.framework.sync.enabled=true needs novu.framework.sync.bridge-url, "
						+ "the bridge's public URL as Novu reaches it (e.g. https://app.example.com/api/novu)");
			}
			try {
				Bridge.requireBridgeUrl(bridgeUrl);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("novu.framework.sync.bridge-url: " + ex.getMessage(), ex);
			}
			NovuClient novu = client.getIfAvailable();
			if (novu == null) {
				throw new IllegalStateException("novu.framework.sync.enabled=true needs the Novu client: set novu.api-key "
						+ "to the environment's secret key (and keep novu.enabled on)");
			}
			return new NovuFrameworkSync(novu, bridgeUrl, properties.getSync().isFailOnError());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass(RouterFunction.class)
	static class ServletEndpointConfiguration {

		@Bean
		RouterFunction<ServerResponse> novuFrameworkRoute(NovuFrameworkProperties properties, NovuBridge bridge) {
			return RouterFunctions.route()
				.route(RequestPredicates.path(properties.getPath())
					.and(RequestPredicates.method(HttpMethod.GET)
						.or(RequestPredicates.method(HttpMethod.POST))
						.or(RequestPredicates.method(HttpMethod.OPTIONS))),
						(request) -> answer(bridge.handle(bridgeRequest(request))))
				.build();
		}

		private static BridgeRequest bridgeRequest(ServerRequest request) throws Exception {
			byte[] body = HttpMethod.POST.equals(request.method()) ? request.body(byte[].class) : new byte[0];
			return NovuFrameworkAutoConfiguration.bridgeRequest(request.method(), request.params()::forEach,
					request.headers().asHttpHeaders()::forEach, body);
		}

		private static ServerResponse answer(BridgeResponse response) {
			return ServerResponse.status(response.status())
				.headers((headers) -> response.headers().forEach(headers::set))
				.body(response.body());
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass({ org.springframework.web.reactive.function.server.RouterFunction.class, Schedulers.class })
	static class ReactiveEndpointConfiguration {

		private static final byte[] NO_BODY = new byte[0];

		@Bean
		org.springframework.web.reactive.function.server.RouterFunction<org.springframework.web.reactive.function.server.ServerResponse> novuFrameworkReactiveRoute(
				NovuFrameworkProperties properties, NovuBridge bridge) {
			return org.springframework.web.reactive.function.server.RouterFunctions.route()
				.route(org.springframework.web.reactive.function.server.RequestPredicates.path(properties.getPath())
					.and(org.springframework.web.reactive.function.server.RequestPredicates.method(HttpMethod.GET)
						.or(org.springframework.web.reactive.function.server.RequestPredicates.method(HttpMethod.POST))
						.or(org.springframework.web.reactive.function.server.RequestPredicates.method(HttpMethod.OPTIONS))),
						(request) -> answer(request, bridge))
				.build();
		}

		private static Mono<org.springframework.web.reactive.function.server.ServerResponse> answer(
				org.springframework.web.reactive.function.server.ServerRequest request, NovuBridge bridge) {
			// The raw bytes, not a decoded and re-encoded JSON value: the signature covers them as sent.
			Mono<byte[]> body = HttpMethod.POST.equals(request.method())
					? request.bodyToMono(byte[].class).defaultIfEmpty(NO_BODY) : Mono.just(NO_BODY);
			return body
				// Signature, JSON Schema validation, Liquid rendering and the application's resolvers are blocking
				// CPU work (and resolvers may do I/O): run them on the bounded elastic scheduler, never on the
				// event loop.
				.publishOn(Schedulers.boundedElastic())
				.map((bytes) -> bridge.handle(reactiveBridgeRequest(request, bytes)))
				// A body over WebFlux's in-memory codec limit (spring.http.codecs.max-in-memory-size, 256 KB by
				// default) is answered in the bridge's error shape, not with a 500.
				.onErrorResume(DataBufferLimitException.class, (ex) -> Mono.just(tooLarge(bridge)))
				.flatMap((response) -> org.springframework.web.reactive.function.server.ServerResponse
					.status(response.status())
					.headers((headers) -> response.headers().forEach(headers::set))
					.bodyValue(response.body()));
		}

		private static BridgeRequest reactiveBridgeRequest(org.springframework.web.reactive.function.server.ServerRequest request,
				byte[] body) {
			return bridgeRequest(request.method(), request.queryParams()::forEach,
					request.headers().asHttpHeaders()::forEach, body);
		}

		private static BridgeResponse tooLarge(NovuBridge bridge) {
			// The bridge's headers (CORS, novu-framework-*) on the 413 too: take them from an OPTIONS answer.
			BridgeResponse options = bridge.handle(new BridgeRequest("OPTIONS", Map.of(), Map.of(), ""));
			return new BridgeResponse(413, options.headers(),
					"{\"message\":\"The request body is larger than the server accepts\",\"code\":\"PayloadTooLargeError\"}");
		}

	}

}
