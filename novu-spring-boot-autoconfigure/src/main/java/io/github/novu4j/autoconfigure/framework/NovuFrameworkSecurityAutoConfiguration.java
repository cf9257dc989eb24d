package io.github.novu4j.autoconfigure.framework;

import io.github.novu4j.framework.NovuBridge;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * Exempts the Novu Framework bridge path from Spring Security's login and CSRF protection, where Spring Security is
 * present. Novu has no session, no login and no CSRF token: the bridge authenticates each request itself with its
 * {@code novu-signature} HMAC ({@code health-check} and {@code OPTIONS} answer only public facts).
 *
 * <p>Adds one {@link SecurityFilterChain} (Spring MVC) or {@link SecurityWebFilterChain} (WebFlux) that matches
 * <em>only</em> {@code novu.framework.path}, ordered at {@link #ORDER} (before the application's chains), permits
 * the request, turns CSRF off and keeps no session. Every other path stays with the application's chains, unchanged.
 *
 * <p>It is added only next to a chain of the application (or Spring Boot's default one): while an application has
 * no chain bean, Spring Security builds a default chain that protects every path, and adding a bean would replace
 * it, leaving the rest of the application open. It backs off when {@code novu.framework.security-filter-chain.enabled}
 * is {@code false} or when a bean named {@code novuFrameworkSecurityFilterChain} (or
 * {@code novuFrameworkSecurityWebFilterChain}) already exists: define your own under that name to replace it.
 */
@AutoConfiguration(after = NovuFrameworkAutoConfiguration.class,
		afterName = { "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration" })
@ConditionalOnClass(NovuBridge.class)
@ConditionalOnBean(NovuBridge.class)
@ConditionalOnProperty(name = "novu.framework.security-filter-chain.enabled", matchIfMissing = true)
public final class NovuFrameworkSecurityAutoConfiguration {

	/**
	 * The order of the bridge's chain: early, so that it is consulted before the application's catch-all chains.
	 */
	public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	NovuFrameworkSecurityAutoConfiguration() {
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	@ConditionalOnClass({ SecurityFilterChain.class, HttpSecurity.class })
	@ConditionalOnBean({ SecurityFilterChain.class, HttpSecurity.class })
	static class ServletSecurityConfiguration {

		@Bean
		@Order(ORDER)
		@ConditionalOnMissingBean(name = "novuFrameworkSecurityFilterChain")
		SecurityFilterChain novuFrameworkSecurityFilterChain(HttpSecurity http, NovuFrameworkProperties properties)
				throws Exception {
			return http.securityMatcher(properties.getPath())
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.csrf(AbstractHttpConfigurer::disable)
				.requestCache(AbstractHttpConfigurer::disable)
				.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
	@ConditionalOnClass({ SecurityWebFilterChain.class, ServerHttpSecurity.class })
	@ConditionalOnBean({ SecurityWebFilterChain.class, ServerHttpSecurity.class })
	static class ReactiveSecurityConfiguration {

		@Bean
		@Order(ORDER)
		@ConditionalOnMissingBean(name = "novuFrameworkSecurityWebFilterChain")
		SecurityWebFilterChain novuFrameworkSecurityWebFilterChain(ServerHttpSecurity http,
				NovuFrameworkProperties properties) {
			return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(properties.getPath()))
				.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.csrf(ServerHttpSecurity.CsrfSpec::disable)
				.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
				.build();
		}

	}

}
