package io.github.novu4j.client.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.ClassUtils;

/**
 * Registers Jackson binding hints for every model type of the client (every record and enum below
 * {@code io.github.novu4j.client}, outside {@code internal}), so an application compiled to a GraalVM
 * native image can send and read them. The types are found by scanning the client's classes, so a
 * model added later is covered without a list to keep. Registered in {@code META-INF/spring/aot.factories},
 * which Spring's AOT processing reads.
 */
public class NovuClientRuntimeHints implements RuntimeHintsRegistrar {

	private static final String ROOT_PACKAGE = "io.github.novu4j.client";

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		new BindingReflectionHintsRegistrar().registerReflectionHints(hints.reflection(),
				modelTypes(classLoader).toArray(Class<?>[]::new));
	}

	/**
	 * @param classLoader where to look, or {@code null} for the default class loader
	 * @return every record and enum of the client's packages, except the transport's
	 */
	public static List<Class<?>> modelTypes(@Nullable ClassLoader classLoader) {
		ClassLoader loader = (classLoader != null) ? classLoader : ClassUtils.getDefaultClassLoader();
		String pattern = "classpath*:" + ROOT_PACKAGE.replace('.', '/') + "/**/*.class";
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources(pattern)) {
				String className = classNameOf(resource);
				if (className == null || className.startsWith(ROOT_PACKAGE + ".internal.")
						|| className.endsWith("package-info")) {
					continue;
				}
				Class<?> type = ClassUtils.resolveClassName(className, loader);
				if (type.isRecord() || type.isEnum()) {
					types.add(type);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return types;
	}

	private static @Nullable String classNameOf(Resource resource) throws IOException {
		String path = resource.getURL().toString();
		int start = path.lastIndexOf(ROOT_PACKAGE.replace('.', '/') + "/");
		if (start < 0) {
			return null;
		}
		return path.substring(start, path.length() - ".class".length()).replace('/', '.');
	}

}
