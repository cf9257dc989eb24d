package io.github.novu4j.client.events;

import io.github.novu4j.client.ContextMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.Mockito;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.Mockito.verify;

/**
 * The trigger additions of Novu's current API (WIRE-FORMAT-CURRENT.md §F): {@code context}, a topic
 * recipient's {@code exclude}, a subscriber recipient's {@code timezone}, {@code bridgeUrl}, and the
 * result's {@code activityFeedLink} and {@code jobData}. The trigger routes are seed routes, which
 * MockNovu validates against openapi-v1.json; that document predates these fields, so the tests that
 * send them validate the bodies against openapi-current.json instead (§F).
 */
class TriggerAdditionsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	private static OpenApiInteractionValidator triggerRoutes;

	private static final String RESULT = """
			{"data":{"acknowledged":true,"status":"processed","transactionId":"tx-1",
			 "activityFeedLink":"https://dashboard.novu.co/env/e1/activity-feed?transactionId=tx-1",
			 "jobData":{"identifier":"order-shipped","payload":{"orderId":1234}}}}""";

	@Test
	void triggerSendsContextExcludeTimezoneAndBridgeUrlAsTheCurrentApiDefinesThem() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, RESULT)));
		// WIRE-FORMAT-CURRENT.md §F: openapi-v1.json has no context, exclude or timezone; validated below
		// against openapi-current.json.
		novu.skipRequestValidationForThisTest("POST", "/v1/events/trigger");

		TriggerResult result = novu.client()
			.trigger(TriggerRequest.builder("order-shipped")
				.to(Recipient.topic("ops-team", List.of("user-7", "user-8")))
				.to(Recipient.subscriber(SubscriberRecipient.builder("user-43").timezone("Europe/Berlin").build()))
				.payload(Map.of("orderId", 1234))
				.context("tenant", "acme", Map.of("name", "Acme"))
				.context("app", "web")
				.bridgeUrl("https://tunnel.example.com/api/novu")
				.build());

		JsonNode body = onlyBody("/v1/events/trigger");
		assertThat(body.get("context")).isEqualTo(NovuJson.mapper()
			.readTree("{\"tenant\":{\"id\":\"acme\",\"data\":{\"name\":\"Acme\"}},\"app\":\"web\"}"));
		assertThat(body.get("to")).isEqualTo(NovuJson.mapper()
			.readTree("[{\"topicKey\":\"ops-team\",\"exclude\":[\"user-7\",\"user-8\"],\"type\":\"Topic\"},"
					+ "{\"subscriberId\":\"user-43\",\"timezone\":\"Europe/Berlin\"}]"));
		assertThat(body.get("bridgeUrl").asString()).isEqualTo("https://tunnel.example.com/api/novu");
		assertValidAgainstTheCurrentApi("/v1/events/trigger", body);
		// The check can fail: a context object without an id (the docs' branding example, §F) is rejected.
		ObjectNode broken = (ObjectNode) body.deepCopy();
		((ObjectNode) broken.get("context")).putObject("branding").putObject("data").put("logo", "x.png");
		assertThat(errorsAgainstTheCurrentApi("/v1/events/trigger", broken)).isNotEmpty();
		assertThat(result.activityFeedLink()).endsWith("activity-feed?transactionId=tx-1");
		assertThat(result.jobData()).containsEntry("identifier", "order-shipped")
			.containsEntry("payload", Map.of("orderId", 1234));
	}

	@Test
	void broadcastAndBulkCarryTheContextToo() {
		novu.stubFor(post("/v1/events/trigger/broadcast").willReturn(json(201, RESULT)));
		novu.stubFor(post("/v1/events/trigger/bulk")
			.willReturn(json(201, "{\"data\":[" + NovuJson.mapper().readTree(RESULT).get("data") + "]}")));
		// WIRE-FORMAT-CURRENT.md §F: context is on trigger, broadcast and bulk events; not in openapi-v1.json.
		novu.skipRequestValidationForThisTest("POST", "/v1/events/trigger/broadcast");
		novu.skipRequestValidationForThisTest("POST", "/v1/events/trigger/bulk");

		novu.client()
			.triggerBroadcast(BroadcastRequest.builder("maintenance", Map.of()).context("tenant", "acme").build());
		novu.client()
			.triggerBulk(List.of(TriggerRequest.builder("order-shipped")
				.toSubscriber("user-42")
				.payload(Map.of())
				.context(ContextMap.of("tenant", "acme"))
				.build()));

		JsonNode broadcast = onlyBody("/v1/events/trigger/broadcast");
		JsonNode bulk = onlyBody("/v1/events/trigger/bulk");
		assertThat(broadcast.get("context")).isEqualTo(NovuJson.mapper().readTree("{\"tenant\":\"acme\"}"));
		assertThat(bulk.get("events").get(0).get("context")).isEqualTo(broadcast.get("context"));
		assertValidAgainstTheCurrentApi("/v1/events/trigger/broadcast", broadcast);
		assertValidAgainstTheCurrentApi("/v1/events/trigger/bulk", bulk);
	}

	@Test
	void aTriggerWithoutTheAdditionsSendsNoneOfThem() {
		novu.stubFor(post("/v1/events/trigger").willReturn(json(201, RESULT)));

		novu.client().trigger(TriggerRequest.builder("order-shipped").toTopic("ops-team").toSubscriber("u").build());

		JsonNode body = onlyBody("/v1/events/trigger");
		assertThat(body.has("context")).isFalse();
		assertThat(body.get("to").get(0).has("exclude")).isFalse();
		assertThat(body.toString()).doesNotContain("timezone").doesNotContain("null");
	}

	@Test
	void badContextsAndExclusionsFailBeforeAnythingIsSent() {
		TriggerRequest.Builder builder = TriggerRequest.builder("order-shipped").toSubscriber("user-42");
		IntStream.range(0, ContextMap.MAX_ENTRIES).forEach((i) -> builder.context("type" + i, "id"));

		assertThatIllegalArgumentException().isThrownBy(() -> builder.context("sixth", "id"))
			.withMessageContaining("1 to 5 entries");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("ten ant", "acme"))
			.withMessageContaining("type");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("tenant", "a/b"))
			.withMessageContaining("id");
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.of("tenant", "x".repeat(101)));
		assertThatIllegalArgumentException().isThrownBy(() -> ContextMap.builder().build());
		assertThatIllegalArgumentException().isThrownBy(() -> Recipient.topic("ops", List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> Recipient.topic("ops",
				IntStream.range(0, Recipient.MAX_EXCLUDED + 1).mapToObj((i) -> "u" + i).toList()));
		assertThatIllegalArgumentException().isThrownBy(() -> Recipient.topic("ops", List.of("u1", " ")));
		assertThat(ContextMap.of("tenant", "x".repeat(100)).id("tenant")).hasSize(100);
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void theEventsOverloadsWithoutOptionsUseNone() {
		Events events = Mockito.mock(Events.class, Mockito.CALLS_REAL_METHODS);
		TriggerRequest request = TriggerRequest.builder("w").toSubscriber("u").build();
		BroadcastRequest broadcast = BroadcastRequest.builder("w", Map.of()).build();
		Mockito.doReturn(null).when(events).trigger(request, RequestOptions.none());
		Mockito.doReturn(null).when(events).triggerBroadcast(broadcast, RequestOptions.none());
		Mockito.doReturn(List.of()).when(events).triggerBulk(List.of(request), RequestOptions.none());
		Mockito.doReturn(true).when(events).cancel("tx", RequestOptions.none());

		events.trigger(request);
		events.triggerBroadcast(broadcast);
		events.triggerBulk(List.of(request));
		assertThat(events.cancel("tx")).isTrue();

		verify(events).trigger(request, RequestOptions.none());
		verify(events).triggerBroadcast(broadcast, RequestOptions.none());
		verify(events).triggerBulk(List.of(request), RequestOptions.none());
	}

	private static JsonNode onlyBody(String path) {
		List<LoggedRequest> sent = novu.requests().stream().filter((r) -> r.getUrl().equals(path)).toList();
		assertThat(sent).hasSize(1);
		return NovuJson.mapper().readTree(sent.get(0).getBodyAsString());
	}

	/**
	 * Validates a trigger body against openapi-current.json. The whole document does not load into the
	 * validator (a schema elsewhere has a non-object {@code default}), so this validates against a
	 * document made of the three trigger routes of openapi-current.json and the schemas they use.
	 */
	private static void assertValidAgainstTheCurrentApi(String path, JsonNode body) {
		assertThat(errorsAgainstTheCurrentApi(path, body)).isEmpty();
	}

	private static List<ValidationReport.Message> errorsAgainstTheCurrentApi(String path, JsonNode body) {
		ValidationReport report = triggerRoutesOfTheCurrentApi()
			.validateRequest(new SimpleRequest.Builder("POST", path).withContentType("application/json")
				.withBody(body.toString())
				.build());
		return report.getMessages().stream().filter((m) -> m.getLevel() == ValidationReport.Level.ERROR).toList();
	}

	private static synchronized OpenApiInteractionValidator triggerRoutesOfTheCurrentApi() {
		if (triggerRoutes == null) {
			JsonNode spec = readCurrentSpec();
			ObjectNode paths = NovuJson.mapper().createObjectNode();
			ObjectNode schemas = NovuJson.mapper().createObjectNode();
			for (String route : List.of("/v1/events/trigger", "/v1/events/trigger/broadcast", "/v1/events/trigger/bulk")) {
				ObjectNode operation = NovuJson.mapper().createObjectNode();
				operation.set("requestBody", spec.get("paths").get(route).get("post").get("requestBody"));
				operation.putObject("responses").putObject("201").put("description", "created");
				paths.putObject(route).set("post", operation);
				addSchemas(spec.get("paths").get(route).get("post").get("requestBody"), spec.get("components").get("schemas"),
						schemas);
			}
			ObjectNode minimal = NovuJson.mapper().createObjectNode().put("openapi", spec.get("openapi").asString());
			minimal.set("info", spec.get("info"));
			minimal.set("paths", paths);
			minimal.putObject("components").set("schemas", schemas);
			triggerRoutes = OpenApiInteractionValidator.createForInlineApiSpecification(minimal.toString()).build();
		}
		return triggerRoutes;
	}

	private static void addSchemas(JsonNode node, JsonNode all, ObjectNode into) {
		Matcher refs = Pattern.compile("#/components/schemas/(\\w+)").matcher(node.toString());
		while (refs.find()) {
			String name = refs.group(1);
			if (!into.has(name)) {
				into.set(name, all.get(name));
				addSchemas(all.get(name), all, into);
			}
		}
	}

	private static JsonNode readCurrentSpec() {
		try (InputStream in = TriggerAdditionsTest.class.getResourceAsStream("/openapi/openapi-current.json")) {
			assertThat(in).isNotNull();
			return NovuJson.mapper().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
