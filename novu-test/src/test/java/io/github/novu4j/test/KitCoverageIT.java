package io.github.novu4j.test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Runs after the kit's unit tests (Failsafe): every operation the client implements (read from the client's main
 * sources, as its own {@code ApiCoverageIT} does, plus the 56 seed operations) must have been answered by the local Novu during the kit's suite,
 * through the real {@code NovuClient}, with something other than the unknown-route 404, and with the answer checked
 * against the operation's OpenAPI response schema ({@link OpenApiCheck#responseProblems}, which records the calls).
 * Routes in neither OpenAPI document ({@code POST /v1/bridge/sync}) are covered by {@code BridgeWorkerTests}.
 */
class KitCoverageIT {

	private static final Pattern API_CALL = Pattern
		.compile("ApiCall\\.(get|post|put|patch|delete)\\(\\s*\"[^\"]+\"\\s*,\\s*\"(/v[12]/[^\"]*)\"");

	@Test
	void theKitAnsweredEveryOperationTheClientHas() throws IOException {
		assertThat(KitCalls.DIR).as("recorded calls of the unit test run (run the tests first)").isDirectory();
		Set<String> answered = new TreeSet<>();
		try (Stream<Path> files = Files.list(KitCalls.DIR)) {
			for (Path file : files.toList()) {
				answered.addAll(Files.readAllLines(file));
			}
		}
		Set<String> implemented = new TreeSet<>();
		Path sources = Path.of("..", "novu-client", "src", "main", "java");
		assertThat(sources).as("the client's sources beside this module").isDirectory();
		try (Stream<Path> files = Files.walk(sources)) {
			for (Path source : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				Matcher matcher = API_CALL.matcher(Files.readString(source));
				while (matcher.find()) {
					implemented.add(matcher.group(1).toUpperCase(Locale.ROOT) + " " + matcher.group(2));
				}
			}
		}
		Set<String> documented = implemented.stream()
			.filter((operation) -> {
				String[] parts = operation.split(" ", 2);
				return OpenApiCheck.operation(parts[0], parts[1]) != null;
			})
			.collect(Collectors.toCollection(TreeSet::new));
		// As the client's ApiCoverageIT: the 56 seed operations are always required (a few paths are built at run time).
		Set<String> seed = OpenApiCheck.seedOperations();
		assertThat(seed).hasSize(56);
		documented.addAll(seed);
		Set<String> missing = new TreeSet<>(documented);
		missing.removeAll(answered);
		System.out.printf("Test kit coverage: %d of %d documented client operations answered by the local Novu%n",
				documented.size() - missing.size(), documented.size());
		assertThat(documented).as("documented operations of the client").hasSizeGreaterThanOrEqualTo(178);
		assertThat(missing).as("client operations the kit's suite never got a real answer for").isEmpty();
	}

}
