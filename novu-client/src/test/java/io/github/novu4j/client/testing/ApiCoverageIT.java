package io.github.novu4j.client.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs after the unit tests (Failsafe, {@code integration-test} phase): every (method, path) of Novu's
 * OpenAPI documents that the client implements must have been called by the suite, as recorded by
 * {@link MockNovu} in {@code target/novu-api-calls/}. A missing operation can never pass unnoticed.
 *
 * <p>The operations are the 56 of {@code openapi-v1.json} plus the 122 that {@code openapi-current.json}
 * adds (178). What the client implements is read from its main sources: each
 * {@code ApiCall.get|post|put|patch|delete("operation", "/v…/path")} names one (method, path); all 56
 * seed operations are always required. Routes Novu serves that neither document has ({@link NovuApiSpec#UNDOCUMENTED},
 * each with its source) are counted apart: they must be called too, and an {@code ApiCall} path that is in no
 * document and not in that list fails the check.
 */
class ApiCoverageIT {

	private static final Pattern API_CALL = Pattern
		.compile("ApiCall\\.(get|post|put|patch|delete)\\(\\s*\"[^\"]+\"\\s*,\\s*\"(/v[12]/[^\"]*)\"");

	@Test
	void everyImplementedOperationWasCalledDuringTheSuite() throws IOException {
		Path calls = Path.of("target", "novu-api-calls");
		assertThat(calls).as("recorded calls of the unit test run (run the tests first)").isDirectory();
		Set<String> called = new TreeSet<>();
		try (Stream<Path> files = Files.list(calls)) {
			for (Path file : files.toList()) {
				called.addAll(Files.readAllLines(file));
			}
		}
		List<NovuApiSpec.Operation> all = NovuApiSpec.allOperations();
		Set<String> implemented = implementedInMainSources();
		Set<String> required = new TreeSet<>();
		NovuApiSpec.v1().operations().forEach((operation) -> required.add(operation.toString()));
		all.stream().map(Object::toString).filter(implemented::contains).forEach(required::add);
		Set<String> undocumented = new TreeSet<>();
		NovuApiSpec.UNDOCUMENTED.keySet().forEach((operation) -> undocumented.add(operation.toString()));
		Set<String> unknown = new TreeSet<>(implemented);
		all.forEach((operation) -> unknown.remove(operation.toString()));
		unknown.removeAll(undocumented);
		undocumented.stream().filter(implemented::contains).forEach(required::add);
		Set<String> missing = required.stream().filter((operation) -> !called.contains(operation))
			.collect(Collectors.toCollection(TreeSet::new));
		long calledOfAll = all.stream().map(Object::toString).filter(called::contains).count();

		long calledUndocumented = undocumented.stream().filter(called::contains).count();
		long implementedUndocumented = undocumented.stream().filter(implemented::contains).count();
		System.out.printf("Novu API coverage: %d of %d operations (%d implemented by the client), "
				+ "plus %d of %d undocumented routes %s%n", calledOfAll, all.size(), required.size() - implementedUndocumented,
				calledUndocumented, undocumented.size(), undocumented);
		assertThat(NovuApiSpec.v1().operations()).hasSize(56);
		assertThat(all).hasSize(178);
		assertThat(unknown).as("ApiCall paths in the main code that neither OpenAPI document has "
				+ "(add a route Novu serves undocumented to NovuApiSpec.UNDOCUMENTED, with its source)").isEmpty();
		assertThat(undocumented).as("undocumented routes the client no longer implements").isSubsetOf(implemented);
		assertThat(missing).as("implemented operations never called by the test suite").isEmpty();
	}

	private static Set<String> implementedInMainSources() throws IOException {
		Set<String> implemented = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = API_CALL.matcher(Files.readString(source));
				while (matcher.find()) {
					implemented.add(matcher.group(1).toUpperCase(Locale.ROOT) + " " + matcher.group(2));
				}
			}
		}
		return implemented;
	}

}
