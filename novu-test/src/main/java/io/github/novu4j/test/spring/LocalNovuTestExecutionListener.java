package io.github.novu4j.test.spring;

import io.github.novu4j.test.LocalNovu;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Resets the {@link LocalNovu} of a test class annotated with {@link AutoConfigureLocalNovu} before each test
 * method, so that no test sees another's subscribers, topics, triggers or faults. Registered in
 * {@code META-INF/spring.factories}; does nothing for other test classes.
 */
public class LocalNovuTestExecutionListener extends AbstractTestExecutionListener {

	/** Early, so that the state is clean before other listeners and the test's own set-up run. */
	@Override
	public int getOrder() {
		return 1500;
	}

	@Override
	public void beforeTestMethod(TestContext testContext) {
		if (TestContextAnnotationUtils.hasAnnotation(testContext.getTestClass(), AutoConfigureLocalNovu.class)) {
			testContext.getApplicationContext()
				.getBean(LocalNovuContextCustomizerFactory.BEAN_NAME, LocalNovu.class)
				.reset();
		}
	}

}
