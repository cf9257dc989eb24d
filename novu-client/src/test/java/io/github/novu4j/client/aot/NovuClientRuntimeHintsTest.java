package io.github.novu4j.client.aot;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.topics.Topic;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

class NovuClientRuntimeHintsTest {

	/** Every record and enum compiled into target/classes, found from the files, not from the registrar. */
	private static List<Class<?>> compiledModelTypes() throws IOException {
		Path classes = Path.of("target", "classes");
		try (Stream<Path> files = Files.walk(classes)) {
			return files.filter((file) -> file.toString().endsWith(".class"))
				.map((file) -> classes.relativize(file).toString())
				.map((name) -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
				.filter((name) -> !name.contains(".internal.") && !name.endsWith("package-info"))
				.map(NovuClientRuntimeHintsTest::load)
				.filter((type) -> type.isRecord() || type.isEnum())
				.toList();
		}
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, NovuClientRuntimeHintsTest.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void theRegistrarIsFoundThroughAotFactories() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(NovuClientRuntimeHints.class);
	}

	@Test
	void everyModelTypeCanBeConstructedAndReadByJacksonInANativeImage() throws IOException {
		RuntimeHints hints = new RuntimeHints();
		new NovuClientRuntimeHints().registerHints(hints, getClass().getClassLoader());
		List<Class<?>> types = compiledModelTypes();
		assertThat(types).as("records and enums of the client").hasSizeGreaterThan(100).contains(Topic.class,
				TriggerRequest.class);
		for (Class<?> type : types) {
			assertThat(RuntimeHintsPredicates.reflection().onType(type)).as(type.getName()).accepts(hints);
			if (type.isRecord()) {
				RecordComponent[] components = type.getRecordComponents();
				Class<?>[] parameterTypes = Stream.of(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
				try {
					assertThat(RuntimeHintsPredicates.reflection()
						.onConstructorInvocation(type.getDeclaredConstructor(parameterTypes))).as(type.getName() + " constructor")
						.accepts(hints);
				}
				catch (NoSuchMethodException ex) {
					throw new AssertionError(ex);
				}
				for (RecordComponent component : components) {
					assertThat(RuntimeHintsPredicates.reflection().onMethodInvocation(component.getAccessor()))
						.as(type.getName() + "." + component.getName() + "()")
						.accepts(hints);
				}
			}
		}
	}

}
