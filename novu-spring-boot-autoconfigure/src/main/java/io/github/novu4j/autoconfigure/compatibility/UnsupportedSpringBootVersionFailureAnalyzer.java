package io.github.novu4j.autoconfigure.compatibility;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports {@link UnsupportedSpringBootVersionException} as one short startup report. It uses only types
 * that Spring Boot 3 has too, so it works on the Boot it reports.
 */
class UnsupportedSpringBootVersionFailureAnalyzer extends AbstractFailureAnalyzer<UnsupportedSpringBootVersionException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedSpringBootVersionException cause) {
		String description = "The Novu Spring Boot starter requires Spring Boot 4.0 or 4.1, but this application runs on "
				+ "Spring Boot " + cause.getFoundVersion() + ".";
		String action = String.format("Upgrade the application to Spring Boot 4.0 or 4.1 (the starter is built on "
				+ "Spring Framework 7 and Jackson 3, which Spring Boot 3 does not have).%n"
				+ "Or drop novu-spring-boot-starter and create the plain Java client yourself: "
				+ "io.github.novu4j:novu-client with NovuClient.builder().");
		return new FailureAnalysis(description, action, cause);
	}

}
