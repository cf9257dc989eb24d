package io.github.novu4j.autoconfigure.framework;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.novu4j.autoconfigure.NovuProperties;
import io.github.novu4j.framework.BridgeRequest;
import io.github.novu4j.framework.BridgeResponse;
import io.github.novu4j.framework.NovuBridge;
import io.github.novu4j.framework.Workflow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Auto-configuration of the Novu Framework bridge: when {@code novu-framework} is on the class path and the
 * application declares at least one {@link Workflow} bean, a {@link NovuBridge} serves them, and in a Spring MVC
 * application answers GET, POST and OPTIONS at {@code /api/novu} ({@code novu.framework.path}). Signatures are checked
 * with {@code novu.api-key} unless {@code novu.framework.strict-authentication=false} (local development only).
 */
@AutoConfiguration
@ConditionalOnClass(NovuBridge.class)
@ConditionalOnBean(Workflow.class)
@EnableConfigurationProperties({ NovuFrameworkProperties.class, NovuProperties.class })
public final class NovuFrameworkAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	NovuBridge novuBridge(NovuFrameworkProperties framework, NovuProperties novu, ObjectProvider<Workflow<?>> workflows) {
		List<Workflow<?>> all = workflows.orderedStream().toList();
		if (!framework.isStrictAuthentication()) {
			return NovuBridge.insecureForLocalDevelopment().serverName("spring-mvc").workflows(all).build();
		}
		String secretKey = novu.getApiKey();
		if (secretKey == null || secretKey.isBlank()) {
			throw new IllegalStateException("The Novu Framework bridge checks Novu's signatures with novu.api-key "
					+ "(the environment's secret key), which is not set; set it, or for local development only set "
					+ "novu.framework.strict-authentication=false");
		}
		return NovuBridge.builder(secretKey).serverName("spring-mvc").workflows(all).build();
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
			Map<String, String> query = new LinkedHashMap<>();
			request.params().forEach((name, values) -> {
				if (!values.isEmpty()) {
					query.put(name, values.get(0));
				}
			});
			Map<String, String> headers = new LinkedHashMap<>();
			request.headers().asHttpHeaders().forEach((name, values) -> {
				if (!values.isEmpty()) {
					headers.putIfAbsent(name, values.get(0));
				}
			});
			String body = HttpMethod.POST.equals(request.method())
					? new String(request.body(byte[].class), StandardCharsets.UTF_8) : "";
			return new BridgeRequest(request.method().name(), query, headers, body);
		}

		private static ServerResponse answer(BridgeResponse response) {
			return ServerResponse.status(response.status())
				.headers((headers) -> response.headers().forEach(headers::set))
				.body(response.body());
		}

	}

}
