package io.github.novu4j.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Output sanitising as {@code @novu/framework} 2.13.2 does it with sanitize-html (the recorded answers are in
 * {@code InteropTest}); these cases add what the vectors do not show.
 */
class OutputSanitizerTest {

	static Stream<Arguments> recorded() throws IOException {
		JsonNode recorded;
		try (InputStream in = OutputSanitizerTest.class.getResourceAsStream("/interop/sanitize-html-novu-2.13.2.json")) {
			recorded = Schemas.JSON.readTree(in);
		}
		assertThat(recorded.path("origin").asString()).startsWith("sanitize-html 2.17.5");
		return recorded.path("cases")
			.valueStream()
			.map(each -> Arguments.of(each.path("input").asString(), each.path("output").asString()));
	}

	/** Exactly what sanitize-html answers with Novu's options, a realistic HTML email (a newsletter layout) first. */
	@ParameterizedTest
	@MethodSource("recorded")
	void answersAsSanitizeHtmlWithNovusOptions(String input, String expected) {
		assertThat(OutputSanitizer.sanitize(input)).isEqualTo(expected);
	}

	@Test
	void theNewsletterKeepsItsLayout() throws IOException {
		String newsletter = recorded().findFirst().orElseThrow().get()[0].toString();

		assertThat(OutputSanitizer.sanitize(newsletter)).contains("<meta name=\"viewport\" content=\"width=device-width\" />")
			.contains("@media only screen and (max-width:600px){.col{width:100% !important}} td > p{margin:0}</style>")
			.contains("<table width=\"600\" align=\"center\" style=\"border-collapse:collapse\"><thead>")
			.contains("<img src=\"https://cdn.example.com/hero.png\" alt=\"Hero\" />")
			.contains("<p>Prices\u00a0from\u00a0€9 &lt; €10</p>")
			.doesNotContain("<center", "onload", "data-track", "iframe", "evil.example", "JaVaScRiPt");
	}

	@Test
	void emptyStaysEmpty() {
		assertThat(OutputSanitizer.sanitize("")).isEmpty();
	}

	@Test
	void everyStringOfAnOutputIsSanitisedNestedOnesToo() {
		JsonNode outputs = Schemas.JSON.valueToTree(Map.of("body", "<b onclick=\"x()\">Hi</b>", "redirect",
				Map.of("url", "javascript:alert(1)"), "data", Map.of("list", java.util.List.of("<script>x</script>ok", 3))));

		JsonNode clean = OutputSanitizer.sanitizeStrings(outputs);

		assertThat(clean.path("body").asString()).isEqualTo("<b>Hi</b>");
		// a bare string is text, not a link: sanitize-html leaves it (no tag), so does the bridge
		assertThat(clean.path("redirect").path("url").asString()).isEqualTo("javascript:alert(1)");
		assertThat(clean.path("data").path("list").get(0).asString()).isEqualTo("ok");
		assertThat(clean.path("data").path("list").get(1).asInt()).isEqualTo(3);
	}

	@Test
	void onlyEmailAndInAppAreSanitisedUnlessDisabled() {
		assertThat(OutputSanitizer.applies(StepType.EMAIL, false)).isTrue();
		assertThat(OutputSanitizer.applies(StepType.IN_APP, false)).isTrue();
		assertThat(OutputSanitizer.applies(StepType.EMAIL, true)).isFalse();
		for (StepType type : new StepType[] { StepType.SMS, StepType.PUSH, StepType.CHAT, StepType.CUSTOM }) {
			assertThat(OutputSanitizer.applies(type, false)).as(type.name()).isFalse();
		}
	}
}
