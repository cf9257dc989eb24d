package io.github.novu4j.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Novu's Liquid filters, through the same rendering {@code execute} uses; expectations from @novu/framework 2.13.2's code. */
class LiquidFiltersTest {

	private static final JsonNode VARIABLES = Schemas.JSON.readTree("""
			{"payload":{"names":["John","Josh","Sarah","Ann"],"three":["A","B","C"],"two":["A","B"],"count":2,"one":1,
			"users":[{"profile":{"name":"Ada"}},{"profile":{"name":"Bo"}},{"profile":{"name":"Cy"}}]}}""");

	private static String render(String template) {
		@SuppressWarnings("unchecked")
		Map<String, Object> variables = (Map<String, Object>) Liquid.plain(VARIABLES);
		return Liquid.render(Schemas.JSON.getNodeFactory().stringNode(template), variables, "w", "s").asString();
	}

	@Test
	void digest() {
		assertThat(render("{{ payload.names | digest }}")).isEqualTo("John, Josh and 2 others");
		assertThat(render("{{ payload.names | digest: 3 }}")).isEqualTo("John, Josh, Sarah and 1 other");
		assertThat(render("{{ payload.three | digest: 3 }}")).isEqualTo("A, B and C");
		assertThat(render("{{ payload.two | digest }}")).isEqualTo("A and B");
		assertThat(render("{{ payload.users | digest: 2, 'profile.name', ' • ' }}")).isEqualTo("Ada • Bo and 1 other");
		assertThat(render("{{ payload.missing | digest }}")).isEmpty();
	}

	@Test
	void toSentence() {
		assertThat(render("{{ payload.names | toSentence }}")).isEqualTo("John, Josh, and 2 others");
		assertThat(render("{{ payload.three | toSentence: '', 3 }}")).isEqualTo("A, B, and C");
		assertThat(render("{{ payload.users | toSentence: 'profile.name', 1 }}")).isEqualTo("Ada and 2 others");
		assertThat(render("{{ payload.two | toSentence }}")).isEqualTo("A and B");
	}

	@Test
	void pluralize() {
		assertThat(render("{{ payload.count | pluralize: 'event' }}")).isEqualTo("2 events");
		assertThat(render("{{ payload.one | pluralize: 'event' }}")).isEqualTo("1 event");
		assertThat(render("{{ payload.names | pluralize: 'entry' }}")).isEqualTo("4 entries");
		assertThat(render("{{ payload.count | pluralize: 'box', '', 'false' }}")).isEqualTo("boxes");
		assertThat(render("{{ payload.count | pluralize: 'person', 'people' }}")).isEqualTo("2 people");
		assertThat(render("[{{ 0 | pluralize: 'event' }}]")).isEqualTo("[]");
	}

	@Test
	void objectsPrintAsSingleQuotedJsonAsInTheTypeScriptBridge() {
		assertThat(render("{{ payload.users[0] }}")).isEqualTo("{'profile':{'name':'Ada'}}");
		assertThat(render("{{ payload.users[0].profile.name }}")).isEqualTo("Ada");
		// A known difference: liqp prints a list by joining its items, where the TS bridge prints JSON.
		assertThat(render("{{ payload.two }}")).isEqualTo("AB");
	}
}
