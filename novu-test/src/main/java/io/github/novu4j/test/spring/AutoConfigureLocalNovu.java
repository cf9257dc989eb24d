package io.github.novu4j.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a Spring test class ({@code @SpringBootTest}, a test slice): starts a {@link io.github.novu4j.test.LocalNovu}
 * for the application context, sets {@code novu.base-url} and {@code novu.api-key} to it (ahead of every other
 * property source), registers it as a bean (inject it with {@code @Autowired LocalNovu novu}) and resets it
 * before each test method. The {@code novu} health component is UP, since the local Novu answers
 * {@code GET /v1/environments/me}. The local Novu stops with the context.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureLocalNovu
 * class OrderServiceTests {
 *     @Autowired OrderService orders;
 *     @Autowired LocalNovu novu;
 *
 *     @Test
 *     void notifiesTheCustomer() {
 *         orders.place(...);
 *         assertThat(novu).hasTriggered("order-placed").to("customer-1");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface AutoConfigureLocalNovu {

	/**
	 * Whether the local Novu checks every request against Novu's OpenAPI documents and answers what they forbid
	 * with Novu's 422 (see {@link io.github.novu4j.test.LocalNovu#validateRequests(boolean)}). Test classes that
	 * differ here get separate application contexts.
	 * @return {@code true} (the default) to check requests
	 */
	boolean validateRequests() default true;

}
