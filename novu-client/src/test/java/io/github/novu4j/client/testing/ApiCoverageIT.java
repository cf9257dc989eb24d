package io.github.novu4j.client.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the unit tests (Failsafe, {@code integration-test} phase): every (method, path) of Novu's
 * OpenAPI document must have been called by the suite, as recorded by {@link MockNovu} in
 * {@code target/novu-api-calls/}. A missing operation can never pass unnoticed.
 */
class ApiCoverageIT {

	@Test
	void everyOperationOfTheDocumentWasCalledDuringTheSuite() throws IOException {
		Path calls = Path.of("target", "novu-api-calls");
		assertThat(calls).as("recorded calls of the unit test run (run the tests first)").isDirectory();
		Set<String> called = new TreeSet<>();
		try (Stream<Path> files = Files.list(calls)) {
			for (Path file : files.toList()) {
				called.addAll(Files.readAllLines(file));
			}
		}
		List<String> all = NovuApiSpec.get().operations().stream().map(Object::toString).sorted().toList();
		Set<String> missing = all.stream().filter((operation) -> !called.contains(operation))
			.collect(Collectors.toCollection(TreeSet::new));

		System.out.printf("Novu API coverage: %d of %d operations called%n", all.size() - missing.size(), all.size());
		assertThat(all).hasSize(56);
		assertThat(missing).as("operations of openapi-v1.json never called by the test suite").isEmpty();
	}

}
