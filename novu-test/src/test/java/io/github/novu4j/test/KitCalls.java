package io.github.novu4j.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Records which documented operations the kit answered during the test run (in {@code target/kit-api-calls/}), for
 * {@link KitCoverageIT}. An answer counts unless it is the kit's unknown-route 404 ({@code Cannot <METHOD> <path>}).
 */
final class KitCalls {

	static final Path DIR = Path.of("target", "kit-api-calls");

	private static final Path FILE = DIR.resolve(UUID.randomUUID() + ".txt");

	// The first recording of a test JVM clears the records of earlier builds, so coverage reflects this run only.
	private static final AtomicBoolean CLEARED = new AtomicBoolean();

	private KitCalls() {
	}

	static synchronized void record(List<LocalNovu.Answer> answers) {
		Set<String> operations = new TreeSet<>();
		for (LocalNovu.Answer answer : answers) {
			ReceivedRequest request = answer.request();
			boolean unknownRoute = answer.status() == 404 && answer.body().contains("Cannot " + request.method());
			String operation = OpenApiCheck.operation(request.method(), request.path());
			if (!unknownRoute && operation != null) {
				operations.add(operation);
			}
		}
		try {
			if (CLEARED.compareAndSet(false, true) && Files.isDirectory(DIR)) {
				try (Stream<Path> old = Files.walk(DIR)) {
					for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
						Files.delete(path);
					}
				}
			}
			Files.createDirectories(DIR);
			Files.write(FILE, operations, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
