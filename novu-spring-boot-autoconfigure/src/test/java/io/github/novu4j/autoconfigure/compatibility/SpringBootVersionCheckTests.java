package io.github.novu4j.autoconfigure.compatibility;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpringBootVersionCheckTests {

	@Test
	void bootFourAndUnknownVersionsPassAndBootThreeFailsNamingBothVersions() {
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("4.0.7"));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("4.1.2"));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check(null));
		assertThatNoException().isThrownBy(() -> SpringBootVersionCheck.check("snapshot"));
		assertThatThrownBy(() -> SpringBootVersionCheck.check("3.5.7"))
			.isInstanceOf(UnsupportedSpringBootVersionException.class)
			.hasMessageContaining("requires Spring Boot 4.0 or 4.1")
			.hasMessageContaining("found Spring Boot 3.5.7");
	}

	@Test
	void aBootFourApplicationStartsWithTheCheckRegistered() {
		SpringApplication application = new SpringApplication(Empty.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThat(application.getInitializers()).hasAtLeastOneElementOfType(SpringBootVersionCheck.class);
		try (var context = application.run()) {
			assertThat(context.isActive()).isTrue();
		}
	}

	@Test
	void theReportSaysWhatWasFoundAndWhatToDo() {
		FailureAnalysis analysis = new UnsupportedSpringBootVersionFailureAnalyzer()
			.analyze(new UnsupportedSpringBootVersionException("3.5.7"));
		assertThat(analysis.getDescription()).contains("requires Spring Boot 4.0 or 4.1").contains("Spring Boot 3.5.7");
		assertThat(analysis.getAction()).contains("Upgrade").contains("novu-client");
	}

	/**
	 * Starts a real Spring Boot 3.5.7 application (Boot 3.5.7 and Spring Framework 6.2 jars, copied by the
	 * build into target/boot3-class-path, in a class loader of their own, with this module's classes):
	 * it must stop with the starter's exception, and the starter's analyzer must work on Boot 3.
	 */
	@Test
	void aSpringBootThreeApplicationStopsAtStartupWithOneClearMessage() throws Exception {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (URLClassLoader boot3 = new URLClassLoader(boot3ClassPath(), ClassLoader.getPlatformClassLoader())) {
			// SpringApplication reads spring.factories through the context class loader.
			thread.setContextClassLoader(boot3);
			Class<?> springApplication = boot3.loadClass("org.springframework.boot.SpringApplication");
			Class<?> bootVersion = boot3.loadClass("org.springframework.boot.SpringBootVersion");
			assertThat(bootVersion.getMethod("getVersion").invoke(null)).isEqualTo("3.5.7");
			Class<?> source = boot3.loadClass("org.springframework.context.support.GenericApplicationContext");
			Object application = springApplication.getConstructor(Class[].class).newInstance((Object) new Class<?>[] { source });
			Class<?> webType = boot3.loadClass("org.springframework.boot.WebApplicationType");
			springApplication.getMethod("setWebApplicationType", webType)
				.invoke(application, webType.getField("NONE").get(null));
			Method run = springApplication.getMethod("run", String[].class);
			Throwable failure = null;
			try {
				run.invoke(application, (Object) new String[0]);
			}
			catch (InvocationTargetException ex) {
				failure = ex.getCause();
			}
			assertThat(failure).as("a Boot 3 application must not start").isNotNull();
			assertThat(failure.getClass().getName()).isEqualTo(UnsupportedSpringBootVersionException.class.getName());
			assertThat(failure.getClass().getClassLoader()).isSameAs(boot3);
			assertThat(failure.getMessage()).contains("found Spring Boot 3.5.7").contains("requires Spring Boot 4.0 or 4.1");

			Class<?> analyzerType = boot3.loadClass(UnsupportedSpringBootVersionFailureAnalyzer.class.getName());
			var constructor = analyzerType.getDeclaredConstructor();
			constructor.setAccessible(true);
			Object analyzer = constructor.newInstance();
			Object analysis = analyzerType.getMethod("analyze", Throwable.class).invoke(analyzer, failure);
			assertThat(analysis.getClass().getClassLoader()).isSameAs(boot3);
			assertThat(analysis.getClass().getMethod("getDescription").invoke(analysis).toString())
				.contains("Spring Boot 3.5.7");
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static URL[] boot3ClassPath() throws IOException {
		Path jars = Path.of("target", "boot3-class-path");
		assertThat(jars).as("Boot 3.5.7 jars copied by the build").isDirectory();
		List<URL> urls = new ArrayList<>();
		try (Stream<Path> files = Files.list(jars)) {
			for (Path jar : files.filter((file) -> file.toString().endsWith(".jar")).sorted().toList()) {
				urls.add(jar.toUri().toURL());
			}
		}
		assertThat(urls).anyMatch((url) -> url.getPath().endsWith("spring-boot-3.5.7.jar"));
		urls.add(Path.of("target", "classes").toUri().toURL());
		return urls.toArray(URL[]::new);
	}

	@Configuration(proxyBeanMethods = false)
	static class Empty {

	}

}
