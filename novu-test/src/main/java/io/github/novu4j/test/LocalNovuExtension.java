package io.github.novu4j.test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import io.github.novu4j.client.NovuClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * A JUnit 5 extension that runs one {@link LocalNovu} per test class and resets it before each test method.
 *
 * <p>Declared with {@code @ExtendWith(LocalNovuExtension.class)}, test methods and constructors take a
 * {@link LocalNovu} or a {@link NovuClient} parameter, and non-static fields of those types are filled in.
 * Registered with {@code @RegisterExtension static LocalNovuExtension novu = new LocalNovuExtension();} the
 * extension itself gives {@link #localNovu()} and {@link #client()}.
 *
 * <pre>{@code
 * @ExtendWith(LocalNovuExtension.class)
 * class OrderNotifierTests {
 *     @Test
 *     void notifiesTheCustomer(LocalNovu novu, NovuClient client) { ... }
 * }
 * }</pre>
 */
public class LocalNovuExtension
		implements BeforeAllCallback, BeforeEachCallback, ParameterResolver, TestInstancePostProcessor {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(LocalNovuExtension.class);

	private final String apiKey;

	private volatile @Nullable LocalNovu started;

	/** An extension whose local Novu accepts {@link LocalNovu#DEFAULT_API_KEY}. */
	public LocalNovuExtension() {
		this(LocalNovu.DEFAULT_API_KEY);
	}

	/** @param apiKey the API key the local Novu accepts */
	public LocalNovuExtension(String apiKey) {
		this.apiKey = apiKey;
	}

	/**
	 * @return the running local Novu
	 * @throws IllegalStateException outside the test class's lifecycle
	 */
	public LocalNovu localNovu() {
		LocalNovu novu = this.started;
		if (novu == null) {
			throw new IllegalStateException("The local Novu runs only while the test class runs");
		}
		return novu;
	}

	/** @return a client pointed at the running local Novu ({@link LocalNovu#client()}) */
	public NovuClient client() {
		return localNovu().client();
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		ensureStarted(context);
	}

	/** Starts the local Novu once; the store of the class that started it stops it when that class is done. */
	private synchronized void ensureStarted(ExtensionContext context) {
		if (this.started != null) {
			// A nested class, or a PER_CLASS instance created before beforeAll: one local Novu for all.
			return;
		}
		LocalNovu novu = LocalNovu.start(this.apiKey);
		this.started = novu;
		context.getStore(NAMESPACE).put(LocalNovu.class, new Stopper(this, novu));
	}

	/** Closed by JUnit with the store of the class that started the local Novu (old and new JUnit 5 alike). */
	@SuppressWarnings("deprecation")
	private record Stopper(LocalNovuExtension extension, LocalNovu novu)
			implements ExtensionContext.Store.CloseableResource, AutoCloseable {

		@Override
		public void close() {
			this.extension.started = null;
			this.novu.close();
		}

	}

	@Override
	public void beforeEach(ExtensionContext context) {
		localNovu().reset();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == LocalNovu.class || type == NovuClient.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return (parameterContext.getParameter().getType() == LocalNovu.class) ? localNovu() : client();
	}

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
		ensureStarted(context);
		for (Class<?> type = testInstance.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
			for (Field field : type.getDeclaredFields()) {
				if (Modifier.isStatic(field.getModifiers()) || Modifier.isFinal(field.getModifiers())) {
					continue;
				}
				Object value = (field.getType() == LocalNovu.class) ? localNovu()
						: (field.getType() == NovuClient.class) ? client() : null;
				if (value != null) {
					try {
						field.setAccessible(true);
						field.set(testInstance, value);
					}
					catch (RuntimeException ex) {
						throw new ExtensionConfigurationException("Cannot set " + field + " to the local Novu", ex);
					}
				}
			}
		}
	}

}
