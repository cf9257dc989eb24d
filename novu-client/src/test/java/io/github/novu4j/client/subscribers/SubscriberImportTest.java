package io.github.novu4j.client.subscribers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubscriberImportTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@BeforeEach
	void bulkItemsAreObjectsOnTheRealServer() {
		// Novu's document types the bulk items as strings; the server takes subscriber objects
		// (WIRE-FORMAT §3 and §9), so these requests cannot conform to the document.
		novu.skipRequestValidationForThisTest();
	}

	@Test
	void importsAnyNumberInRequestsOfAtMost500AndCombinesTheResults() {
		List<CreateSubscriberRequest> subscribers = subscribers(1_234, (i) -> null);
		// What Novu answers to each request: all created, all updated, then one failure.
		stubInSequence(result(ids(0, 500), List.of(), List.of()), result(List.of(), ids(500, 1000), List.of()),
				result(ids(1000, 1233), List.of(), List.of("s1233")));

		BulkCreateSubscribersResult result = novu.client().subscribers().importAll(subscribers);

		List<LoggedRequest> requests = novu.requests();
		assertThat(requests).hasSize(3);
		assertThat(requests).extracting((request) -> sentIds(request).size()).containsExactly(500, 500, 234);
		assertThat(requests.stream().flatMap((request) -> sentIds(request).stream()).toList()).isEqualTo(ids(0, 1234));
		assertThat(result.created()).extracting(BulkCreateSubscribersResult.Item::subscriberId)
			.isEqualTo(concat(ids(0, 500), ids(1000, 1233)));
		assertThat(result.updated()).extracting(BulkCreateSubscribersResult.Item::subscriberId).isEqualTo(ids(500, 1000));
		assertThat(result.failed()).extracting(BulkCreateSubscribersResult.Failure::subscriberId).containsExactly("s1233");
		assertThat(result.size()).isEqualTo(1_234);
	}

	@Test
	void splitsByBodySizeSoEveryRequestStaysUnderNovusLimitWithNothingLostOrDuplicated() {
		Random random = new Random(42);
		// Rich custom data of 300 bytes to 12 kB each, about 1.8 MB in all; and one of 95 kB, which
		// exceeds the packing target but fits alone.
		List<CreateSubscriberRequest> subscribers = subscribers(300, (i) -> richData(random, (i == 150) ? 95_000
				: 300 + random.nextInt(12_000)));
		novu.stubFor(post("/v1/subscribers/bulk").willReturn(json(201,
				"{\"data\":{\"created\":[],\"updated\":[],\"failed\":[]}}")));

		novu.client().subscribers().importAll(subscribers);

		List<LoggedRequest> requests = novu.requests();
		assertThat(requests.size()).isGreaterThan(15);
		assertThat(requests).allSatisfy((request) -> {
			int bytes = request.getBody().length;
			assertThat(bytes).isLessThan(100_000);
			if (sentIds(request).size() > 1) {
				assertThat(bytes).isLessThanOrEqualTo(BulkChunks.TARGET_BODY_BYTES);
			}
		});
		assertThat(requests).anySatisfy((request) -> assertThat(sentIds(request)).containsExactly("s150"));
		List<String> sent = requests.stream().flatMap((request) -> sentIds(request).stream()).toList();
		assertThat(sent).isEqualTo(ids(0, 300));
		// Each request's body is exactly the subscribers as the client writes them.
		for (LoggedRequest request : requests) {
			JsonNode body = NovuJson.mapper().readTree(request.getBodyAsString());
			assertThat(body.get("subscribers")).allSatisfy((item) -> {
				int index = Integer.parseInt(item.get("subscriberId").asString().substring(1));
				assertThat(item).isEqualTo(NovuJson.mapper().valueToTree(subscribers.get(index)));
			});
		}
	}

	@Test
	void aSubscriberTooLargeForAnyRequestFailsTheImportBeforeAnythingIsSent() {
		List<CreateSubscriberRequest> subscribers = subscribers(10,
				(i) -> (i == 7) ? Map.of("blob", "x".repeat(100_000)) : Map.of("plan", "pro"));

		assertThatIllegalArgumentException().isThrownBy(() -> novu.client().subscribers().importAll(subscribers))
			.withMessageContaining("subscribers[7] ('s7')")
			.withMessageContaining("Novu's body limit of 100000 bytes")
			.withMessageContaining("Nothing was sent");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> novu.client().subscribers().importAll(java.util.Arrays.asList(CreateSubscriberRequest.of("a"), null)))
			.withMessage("subscribers[1] must not be null");
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void importingNothingSendsNothing() {
		BulkCreateSubscribersResult result = novu.client().subscribers().importAll(List.of());

		assertThat(result).isEqualTo(BulkCreateSubscribersResult.empty());
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void aCallersIdempotencyKeyBecomesOneKeyPerRequest() {
		novu.stubFor(post("/v1/subscribers/bulk").willReturn(json(201,
				"{\"data\":{\"created\":[],\"updated\":[],\"failed\":[]}}")));
		List<CreateSubscriberRequest> subscribers = subscribers(1_001, (i) -> null);
		String longKey = "k".repeat(254);

		novu.client().subscribers().importAll(subscribers, RequestOptions.builder().idempotencyKey("import-7").build());
		novu.client().subscribers().importAll(subscribers, RequestOptions.builder().idempotencyKey(longKey).build());
		novu.client().subscribers().importAll(subscribers.subList(0, 3),
				RequestOptions.builder().idempotencyKey("single").header("X-Trace", "t1").build());

		List<String> keys = novu.requests().stream().map((request) -> request.getHeader("Idempotency-Key")).toList();
		assertThat(keys.subList(0, 3)).containsExactly("import-7-1", "import-7-2", "import-7-3");
		assertThat(keys.subList(3, 6)).doesNotHaveDuplicates()
			.allSatisfy((key) -> assertThat(key).hasSizeLessThanOrEqualTo(255).doesNotStartWith("kkk"));
		assertThat(keys.get(6)).isEqualTo("single");
		assertThat(novu.requests().get(6).getHeader("X-Trace")).isEqualTo("t1");
		assertThat(BulkChunks.optionsForChunk(RequestOptions.builder().idempotencyKey(longKey).build(), 1, 3)
			.idempotencyKey()).isEqualTo(keys.get(4));
	}

	private static List<CreateSubscriberRequest> subscribers(int count,
			java.util.function.IntFunction<Map<String, ?>> data) {
		return IntStream.range(0, count)
			.mapToObj((i) -> CreateSubscriberRequest.builder("s" + i).email("s" + i + "@example.com").data(data.apply(i)).build())
			.toList();
	}

	private static Map<String, Object> richData(Random random, int approximateBytes) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("plan", random.nextBoolean() ? "pro" : "free");
		data.put("seats", random.nextInt(500));
		data.put("beta", random.nextBoolean());
		data.put("tags", List.of("t" + random.nextInt(9), "ü-ñ-€"));
		byte[] filler = new byte[approximateBytes];
		for (int i = 0; i < filler.length; i++) {
			filler[i] = (byte) ('a' + random.nextInt(26));
		}
		data.put("notes", new String(filler, StandardCharsets.US_ASCII));
		return data;
	}

	private void stubInSequence(String... bodies) {
		for (int i = 0; i < bodies.length; i++) {
			novu.stubFor(post("/v1/subscribers/bulk").inScenario("import")
				.whenScenarioStateIs((i == 0) ? Scenario.STARTED : "request-" + i)
				.willSetStateTo("request-" + (i + 1))
				.willReturn(json(201, bodies[i])));
		}
	}

	private static String result(List<String> created, List<String> updated, List<String> failed) {
		return "{\"data\":{\"created\":" + items(created, "") + ",\"updated\":" + items(updated, "")
				+ ",\"failed\":" + items(failed, "\"message\":\"phone must be a valid phone number\",") + "}}";
	}

	private static String items(List<String> ids, String extra) {
		return ids.stream().map((id) -> "{" + extra + "\"subscriberId\":\"" + id + "\"}").toList().toString().replace(", ", ",");
	}

	private static List<String> ids(int from, int to) {
		return IntStream.range(from, to).mapToObj((i) -> "s" + i).toList();
	}

	private static List<String> concat(List<String> first, List<String> second) {
		List<String> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static List<String> sentIds(LoggedRequest request) {
		JsonNode body = NovuJson.mapper().readTree(request.getBodyAsString());
		List<String> ids = new ArrayList<>();
		body.get("subscribers").forEach((item) -> ids.add(item.get("subscriberId").asString()));
		return ids;
	}

}
