package io.github.novu4j.framework;

import static io.github.novu4j.framework.BridgeAssertions.error;
import static io.github.novu4j.framework.BridgeAssertions.json;
import static io.github.novu4j.framework.TestWorkflows.execute;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Full JSON Schema validation of payload, controls, outputs, results and provider outputs, ajv-like: defaults filled,
 * undeclared keys dropped only where {@code additionalProperties} is false, no coercion, formats, the first failure
 * answered with Novu's code and status.
 */
class ValidationTest {

	record Address(String city, @Nullable @Pattern(regexp = "^[0-9]{5}$") String zip) {
	}

	enum Plan {
		FREE, PRO
	}

	record Signup(@Email String email, @Size(min = 2, max = 20) String name, @Min(18) @Max(130) int age,
			@Nullable Address address, @Nullable Plan plan, @Size(max = 2) List<String> tags,
			@Nullable Map<String, Object> extra) {
	}

	record Controls(@Size(min = 1) String subject, @Min(1) int repeat) {
	}

	record Score(@Min(0) int points) {
	}

	/** The payload the email step's resolver saw last. */
	static final AtomicReference<@Nullable Signup> LAST_PAYLOAD = new AtomicReference<>();

	/** Also served to {@code @novu/framework} by {@code record-vectors.cjs}, with the schemas generated here. */
	static final Workflow<Signup> SIGNUP = Workflow.builder("signup", Signup.class)
		.custom("score", JsonType.withDefaults(new Controls("Hi", 1)), Score.class,
				ctx -> new Score(ctx.payload().age() - 40))
		.email("email", JsonType.withDefaults(new Controls("Hi", 1)),
				ctx -> {
					LAST_PAYLOAD.set(ctx.payload());
					return new Outputs.Email(ctx.controls().subject() + " " + ctx.payload().name(), ctx.payload().email());
				},
				null, StepOptions.<Controls, Outputs.Email>create()
					.provider("sendgrid", (controls, email) -> controls.repeat() == 2 ? List.of("not an object")
							: Map.of("subject", email.subject()))
					.provider("mailgun", (controls, email) -> {
						if (controls.repeat() == 3) {
							throw new IllegalStateException("mailgun is down");
						}
						return Map.of();
					}))
		.build();

	private static final String VALID = "{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"age\":50,\"tags\":[\"a\"]}";

	private static final String SCORE_STATE = "[{\"stepId\":\"score\",\"outputs\":{\"points\":10},\"state\":{\"status\":\"completed\"}}]";

	private final NovuBridge bridge = NovuBridge.builder(TestWorkflows.SECRET)
		.clock(TestWorkflows.CLOCK)
		.workflow(SIGNUP)
		.build();

	private BridgeResponse email(String payload, String controls, String state) {
		return bridge.handle(execute("signup", "email",
				"{\"payload\":" + payload + ",\"controls\":" + controls + ",\"state\":" + state + "}"));
	}

	private BridgeResponse email(String payload) {
		return email(payload, "{}", SCORE_STATE);
	}

	@Test
	void theGeneratedSchemaCarriesTheBeanValidationKeywordsAndNullableAsAnyOf() {
		JsonNode schema = Schemas.INSTANCE.schema(JsonType.of(Signup.class));
		JsonNode properties = schema.path("properties");
		assertThat(properties.path("email").path("format").asString()).isEqualTo("email");
		assertThat(properties.path("name").path("minLength").asInt()).isEqualTo(2);
		assertThat(properties.path("age").path("minimum").asInt()).isEqualTo(18);
		assertThat(properties.path("tags").path("maxItems").asInt()).isEqualTo(2);
		assertThat(properties.path("address").path("properties").path("zip").path("pattern").asString())
			.isEqualTo("^[0-9]{5}$");
		assertThat(properties.path("plan").path("anyOf").toString())
			.isEqualTo("[{\"type\":\"null\"},{\"type\":\"string\",\"enum\":[\"FREE\",\"PRO\"]}]");
	}

	@Test
	void aValidPayloadIsAcceptedNestedNullableAndOpenMembersIncluded() {
		BridgeResponse response = email("{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"age\":50.0,\"tags\":[],"
				+ "\"plan\":\"PRO\",\"address\":{\"city\":\"Oslo\",\"zip\":\"01234\",\"floor\":3},"
				+ "\"extra\":{\"anything\":[1,2]},\"unknown\":true}");

		assertThat(response.status()).as(response.body()).isEqualTo(200);
		// 50.0 is an integer for ajv and here; undeclared `floor` and `unknown` are dropped (additionalProperties:
		// false), the open map `extra` keeps its members; nullable members accept null and absence.
		assertThat(String.valueOf(LAST_PAYLOAD.get())).isEqualTo("Signup[email=ada@example.com, name=Ada, age=50, "
				+ "address=Address[city=Oslo, zip=01234], plan=PRO, tags=[], extra={anything=[1, 2]}]");
		assertThat(email("{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"age\":50,\"tags\":[],\"plan\":null,"
				+ "\"address\":null}").status()).isEqualTo(200);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			a string for an integer (no coercion) | {"email":"ada@example.com","name":"Ada","age":"50","tags":[]}            | /payload/age     | must be integer
			a fraction for an integer            | {"email":"ada@example.com","name":"Ada","age":50.5,"tags":[]}            | /payload/age     | must be integer
			a missing required member            | {"email":"ada@example.com","name":"Ada","tags":[]}                       | /payload | must have required property 'age'
			the email format                     | {"email":"not-an-email","name":"Ada","age":50,"tags":[]}                 | /payload/email   | must match format "email"
			minLength                            | {"email":"ada@example.com","name":"A","age":50,"tags":[]}                | /payload/name    | must NOT have fewer than 2 characters
			maximum                              | {"email":"ada@example.com","name":"Ada","age":131,"tags":[]}             | /payload/age     | must be <= 130
			maxItems                             | {"email":"ada@example.com","name":"Ada","age":50,"tags":["a","b","c"]}   | /payload/tags    | must NOT have more than 2 items
			an item's type                       | {"email":"ada@example.com","name":"Ada","age":50,"tags":[1]}             | /payload/tags/0  | must be string
			a nested pattern                     | {"email":"ada@example.com","name":"Ada","age":50,"tags":[],"address":{"city":"Oslo","zip":"12"}} | /payload/address/zip | must match pattern "^[0-9]{5}$"
			a nested required member             | {"email":"ada@example.com","name":"Ada","age":50,"tags":[],"address":{"zip":"12345"}}            | /payload/address     | must have required property 'city'
			a nullable enum (anyOf: the first branch fails first, as in ajv) | {"email":"ada@example.com","name":"Ada","age":50,"tags":[],"plan":"GOLD"} | /payload/plan | must be null
			null where not nullable              | {"email":null,"name":"Ada","age":50,"tags":[]}                           | /payload/email   | must be string
			""")
	void anInvalidPayloadIs400WithTheFirstFailure(String rule, String payload, String path, String ajvMessage) {
		JsonNode body = error(email(payload), 400, "ExecutionEventPayloadInvalidError");

		assertThat("/payload" + body.path("data").get(0).path("path").asString()).as(rule).isEqualTo(path);
		assertThat(body.path("message").asString()).as(rule).contains(path + " must");
		assertThat(body.path("data").get(0).path("message").asString()).as(rule).isEqualTo(ajvMessage);
	}

	@Test
	void onlyTheFirstFailureIsReported() {
		JsonNode body = error(email("{\"email\":\"x\",\"name\":\"A\",\"age\":1,\"tags\":[]}"), 400,
				"ExecutionEventPayloadInvalidError");
		// ajv order: in schema order (age, email, name), the first keyword failing; ajv stops there
		assertThat(body.path("data").toString()).isEqualTo("[{\"path\":\"/age\",\"message\":\"must be >= 18\"}]");
	}

	@Test
	void controlsAreCheckedWithTheirOwnCode() {
		error(email(VALID, "{\"subject\":\"\"}", SCORE_STATE), 400, "ExecutionStateControlInvalidError");
		error(email(VALID, "{\"repeat\":\"2\"}", SCORE_STATE), 400, "ExecutionStateControlInvalidError");
		error(email(VALID, "{\"repeat\":0}", SCORE_STATE), 400, "ExecutionStateControlInvalidError");
		assertThat(email(VALID, "{\"repeat\":1,\"unknown\":1}", SCORE_STATE).status()).isEqualTo(200);
	}

	@Test
	void earlierResultsAreCheckedWithTheirOwnCode() {
		JsonNode body = error(email(VALID, "{}",
				"[{\"stepId\":\"score\",\"outputs\":{\"points\":-1},\"state\":{\"status\":\"completed\"}}]"), 400,
				"ExecutionStateResultInvalidError");
		assertThat(body.path("data").toString()).isEqualTo("[{\"path\":\"/points\",\"message\":\"must be >= 0\"}]");
	}

	@Test
	void theResolversOutputIsCheckedWithItsOwnCode() {
		BridgeResponse young = bridge.handle(execute("signup", "score",
				"{\"payload\":{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"age\":30,\"tags\":[]},\"controls\":{}}"));
		JsonNode body = error(young, 400, "ExecutionStateOutputInvalidError");
		assertThat(body.path("data").get(0).path("path").asString()).isEqualTo("/points");

		BridgeResponse older = bridge.handle(execute("signup", "score",
				"{\"payload\":{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"age\":50,\"tags\":[]},\"controls\":{}}"));
		assertThat(json(older).path("outputs").toString()).isEqualTo("{\"points\":10}");
	}

	@Test
	void providerOverridesAreAnsweredAndTheirFailuresHaveNovusCodes() {
		JsonNode ok = json(email(VALID, "{\"subject\":\"Hey\"}", SCORE_STATE));
		assertThat(ok.path("providers").toString()).isEqualTo("{\"sendgrid\":{\"subject\":\"Hey Ada\"},\"mailgun\":{}}");

		JsonNode notObject = error(email(VALID, "{\"repeat\":2}", SCORE_STATE), 502, "ProviderExecutionFailedError");
		assertThat(notObject.path("data").path("providerId").asString()).isEqualTo("sendgrid");

		JsonNode thrown = error(email(VALID, "{\"repeat\":3}", SCORE_STATE), 502, "ProviderExecutionFailedError");
		assertThat(thrown.path("data").path("providerId").asString()).isEqualTo("mailgun");
		assertThat(thrown.path("message").asString()).contains("IllegalStateException").doesNotContain("mailgun is down");
	}

	/** Keywords and formats beyond what the records above generate, on hand-written schemas: ajv's words, or null when valid. */
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			{"type":"string","format":"date-time"}         | "2026-12-02T01:00:00Z"                   |
			{"type":"string","format":"date-time"}         | "yesterday"                              | must match format "date-time"
			{"type":"string","format":"uri"}               | "https://example.com/a?b=c"              |
			{"type":"string","format":"uri"}               | "not a uri"                              | must match format "uri"
			{"type":"string","format":"uuid"}              | "123e4567-e89b-12d3-a456-426614174000"   |
			{"type":"string","format":"uuid"}              | "123"                                    | must match format "uuid"
			{"const":"fixed"}                              | "other"                                  | must be equal to constant
			{"type":"number","exclusiveMinimum":0}         | 0                                        | must be > 0
			{"type":"number","multipleOf":5}               | 12                                       | must be multiple of 5
			{"type":"array","minItems":1}                  | []                                       | must NOT have fewer than 1 items
			{"type":"array","uniqueItems":true}            | [1,1]                                    | must NOT have duplicate items (items ## 0 and 1 are identical)
			{"type":"array","uniqueItems":true}            | [1,2,3,2,1]                              | must NOT have duplicate items (items ## 0 and 4 are identical)
			{"oneOf":[{"type":"string"},{"type":"integer"}]} | 1.5                                    | must be string
			{"oneOf":[{"type":"string"},{"type":"integer"}]} | 2                                      |
			{"type":"object","properties":{"a":{"type":"integer"}},"required":["b"]} | {"a":"x"}       | must have required property 'b'
			{"type":"object","properties":{"a":{"type":"integer","default":7}},"additionalProperties":true} | {"b":"kept"} |
			{"type":"object","additionalProperties":{"type":"integer"}} | {"a":1,"b":"x"}             |
			{"anyOf":[{"type":"null"},{"type":"object","properties":{"x":{"type":"string","default":"d"}},"additionalProperties":false}]} | {"x":"a","y":1} |
			""")
	void moreKeywordsAndFormats(String schema, String value, @Nullable String ajvMessage) throws Exception {
		if (ajvMessage == null) {
			JsonNode valid = Schemas.apply(Schemas.JSON.readTree(value), Schemas.JSON.readTree(schema), "", false);
			if (schema.contains("\"default\":7")) {
				assertThat(valid.toString()).isEqualTo("{\"b\":\"kept\",\"a\":7}");
			}
			if (schema.startsWith("{\"anyOf\"")) {
				// as ajv: the undeclared key is removed inside the matching branch, no default is applied there
				assertThat(valid.toString()).isEqualTo("{\"x\":\"a\"}");
			}
			if (schema.contains("\"additionalProperties\":{")) {
				// removeAdditional: 'failing' removes an undeclared key whose value fails additionalProperties
				assertThat(valid.toString()).isEqualTo("{\"a\":1}");
			}
			return;
		}
		assertThatThrownBy(() -> Schemas.apply(Schemas.JSON.readTree(value), Schemas.JSON.readTree(schema), "", false))
			.isInstanceOfSatisfying(Schemas.Invalid.class,
					invalid -> assertThat(invalid.errors().get(0).get("message")).isEqualTo(ajvMessage));
	}

	@Test
	void aFailedOneOfListsEachBranchThenItselfAsAjvDoes() throws Exception {
		JsonNode schema = Schemas.JSON.readTree("{\"type\":\"object\",\"properties\":{\"v\":{\"oneOf\":[{\"type\":\"string\"},"
				+ "{\"type\":\"integer\",\"minimum\":3}]}}}");
		assertThatThrownBy(() -> Schemas.apply(Schemas.JSON.readTree("{\"v\":1}"), schema, "", false))
			.isInstanceOfSatisfying(Schemas.Invalid.class, invalid -> assertThat(invalid.errors().toString())
				.isEqualTo("[{path=/v, message=must be string}, {path=/v, message=must be >= 3}, "
						+ "{path=/v, message=must match exactly one schema in oneOf}]"));
	}

	@Test
	void aPreviewMocksWhatIsMissingEvenWhereTheMockBreaksAConstraint() {
		BridgeResponse preview = bridge.handle(TestWorkflows.signedPost(
				Map.of("action", "preview", "workflowId", "signup", "stepId", "email"), "{\"payload\":{\"age\":20}}"));

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		// the mocked email is "" (no valid email), the mocked name "" (shorter than @Size(min = 2))
		assertThat(String.valueOf(LAST_PAYLOAD.get()))
			.isEqualTo("Signup[email=, name=, age=20, address=null, plan=null, tags=[], extra=null]");
	}

	@Test
	void aFailingProviderOverrideAnswersAnEmptyObjectInPreview() {
		BridgeResponse preview = bridge.handle(TestWorkflows.signedPost(
				Map.of("action", "preview", "workflowId", "signup", "stepId", "email"),
				"{\"payload\":" + VALID + ",\"controls\":{\"repeat\":3}}"));

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		assertThat(json(preview).path("providers").toString()).isEqualTo("{\"sendgrid\":{\"subject\":\"Hi Ada\"},\"mailgun\":{}}");
	}
}
