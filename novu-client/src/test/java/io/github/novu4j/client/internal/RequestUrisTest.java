package io.github.novu4j.client.internal;

import java.net.URI;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RequestUris} builds exactly the URIs Spring's template expansion built before (the client's
 * earlier per-call path), for ids and query values of every kind.
 */
class RequestUrisTest {

	private static final String[] BASES = { "http://localhost:8080", "https://api.novu.co",
			"https://eu.api.novu.co/novu/api", "http://127.0.0.1:1/a%20b", "https://host/api?tenant=x y",
			"https://host/api#frag" };

	@Test
	void encodesIdsAsOnePathSegmentAndQueryValuesStrictly() {
		RequestUris uris = new RequestUris("https://api.novu.co");
		ApiCall call = ApiCall.get("x", "/v1/subscribers/{subscriberId}/messages/{messageId}")
			.path("subscriberId", "team/ada lovelace é✓")
			.path("messageId", "a?b#c%d")
			.query("key", "ops team/eu")
			.query("email", "ada+1@example.com")
			.query("tags", List.of("a&b", "c=d", "😀"))
			.build();

		assertThat(uris.uri(call)).hasToString("https://api.novu.co/v1/subscribers/team%2Fada%20lovelace%20%C3%A9%E2%9C%93"
				+ "/messages/a%3Fb%23c%25d?key=ops%20team%2Feu&email=ada%2B1%40example.com&tags=a%26b&tags=c%3Dd"
				+ "&tags=%F0%9F%98%80");
		// Unreserved characters stay as they are, so ids of the usual shape are unchanged.
		assertThat(uris.uri(ApiCall.delete("x", "/v1/events/trigger/{id}").path("id", "Tx-1.2_3~4").build()))
			.hasToString("https://api.novu.co/v1/events/trigger/Tx-1.2_3~4");
	}

	@Test
	void writesTheValuesOfARepeatedNameTogetherAsSpringDid() {
		RequestUris uris = new RequestUris("http://localhost:8080");
		ApiCall call = ApiCall.get("x", "/v1/things").query("a", 1).query("b", 2).query("a", 3).build();

		assertThat(uris.uri(call)).hasToString("http://localhost:8080/v1/things?a=1&a=3&b=2");
	}

	@Test
	void keepsTheTemplateForTheHttpObservation() {
		RequestUris uris = new RequestUris("https://eu.api.novu.co/base");
		ApiCall call = ApiCall.get("x", "/v1/topics/{key}").path("key", "a/b").query("page", 2).build();

		assertThat(uris.uriTemplateAttribute(call)).isEqualTo("https://eu.api.novu.co/base/v1/topics/{key}?page={q0}");
	}

	@Test
	void buildsWhatSpringsTemplateExpansionBuildsForRandomValues() {
		Random random = new Random(42);
		String alphabet = " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~azAZ09\t\n\u00e9\u00df\u20ac\u2713\u4e2d\ud83d\ude00\ud800\udc00\u007f\u0000";
		List<String> templates = List.of("/v1/subscribers/{subscriberId}", "/v1/topics/{key}/subscribers/{externalId}",
				"/v2/subscribers/{subscriberId}/preferences", "/v1/events/trigger");
		int compared = 0;
		for (String base : BASES) {
			RequestUris uris = new RequestUris(base);
			DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory(base);
			spring.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
			for (int round = 0; round < 400; round++) {
				String template = templates.get(random.nextInt(templates.size()));
				ApiCall.Builder builder = ApiCall.get("x", template);
				for (String variable : ApiCall.Builder.variablesOf(template)) {
					String value = randomText(random, alphabet);
					if (value.isBlank() || value.equals(".") || value.equals("..")) {
						value = "v" + value;
					}
					builder.path(variable, value);
				}
				int parameters = random.nextInt(4);
				for (int i = 0; i < parameters; i++) {
					builder.query(List.of("page", "limit", "query", "subscriberIds").get(random.nextInt(4)),
							randomText(random, alphabet));
				}
				ApiCall call = builder.build();
				URI expected = spring.expand(call.uriTemplate(), call.uriVariables());
				assertThat(uris.uri(call).toString()).as("%s %s", base, escaped(call.uriVariables().toString())).isEqualTo(expected.toString());
				assertThat(uris.uri(call)).isEqualTo(expected);
				assertThat(uris.uriTemplateAttribute(call)).isEqualTo(spring.uriString(call.uriTemplate()).toUriString());
				compared++;
			}
		}
		assertThat(compared).isEqualTo(BASES.length * 400);
	}

	@Test
	void encodesQueryNamesAsTheTemplateDid() {
		RequestUris uris = new RequestUris("http://localhost:8080");
		DefaultUriBuilderFactory spring = new DefaultUriBuilderFactory("http://localhost:8080");
		spring.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		for (String name : List.of("filters[name]", "a/b?c", "x:y@z", "emails.0", "na me", "é")) {
			ApiCall call = ApiCall.get("x", "/v1/things").query(name, "v").build();
			assertThat(uris.uri(call)).as(name).isEqualTo(spring.expand(call.uriTemplate(), call.uriVariables()));
		}
	}

	private static String escaped(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach((c) -> out.append((c >= 0x20 && c < 0x7f) ? String.valueOf((char) c) : String.format("\\u%04x", c)));
		return out.toString();
	}

	private static String randomText(Random random, String alphabet) {
		int length = 1 + random.nextInt(12);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int at = random.nextInt(alphabet.length());
			text.append(alphabet.charAt(at));
		}
		return text.toString();
	}

}
