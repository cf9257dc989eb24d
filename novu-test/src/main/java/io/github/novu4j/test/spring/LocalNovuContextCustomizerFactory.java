package io.github.novu4j.test.spring;

import java.util.List;
import java.util.Map;

import io.github.novu4j.test.LocalNovu;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives each test class annotated with {@link AutoConfigureLocalNovu} a context customizer that starts a
 * {@link LocalNovu}. Registered in {@code META-INF/spring.factories}; annotated classes with the same settings get
 * equal customizers, so Spring's context cache can reuse their context.
 */
public class LocalNovuContextCustomizerFactory implements ContextCustomizerFactory {

	/** The bean name of the local Novu in the test's application context. */
	public static final String BEAN_NAME = "localNovu";

	@Override
	public @Nullable ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		AutoConfigureLocalNovu annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass,
				AutoConfigureLocalNovu.class);
		return (annotation != null) ? new LocalNovuContextCustomizer(annotation.validateRequests()) : null;
	}

	/** Equal for equal settings, so Spring's context cache shares a context between such test classes. */
	private record LocalNovuContextCustomizer(boolean validateRequests) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			LocalNovu novu = LocalNovu.builder().validateRequests(this.validateRequests).start();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("localNovu",
						Map.of("novu.base-url", novu.baseUrl(), "novu.api-key", novu.apiKey())));
			context.getBeanFactory().registerSingleton(BEAN_NAME, novu);
			context.addApplicationListener((ApplicationListener<ContextClosedEvent>) (event) -> novu.close());
		}

	}

}
