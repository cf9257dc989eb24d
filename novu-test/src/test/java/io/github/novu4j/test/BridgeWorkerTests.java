package io.github.novu4j.test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import io.github.novu4j.client.events.Recipient;
import io.github.novu4j.client.events.SubscriberRecipient;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.messages.Message;
import io.github.novu4j.framework.BridgeRequest;
import io.github.novu4j.framework.BridgeResponse;
import io.github.novu4j.framework.DurationUnit;
import io.github.novu4j.framework.JsonType;
import io.github.novu4j.framework.NovuBridge;
import io.github.novu4j.framework.Outputs;
import io.github.novu4j.framework.Results;
import io.github.novu4j.framework.Workflow;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The local Novu as Novu's worker for code-first workflows, against a real {@link NovuBridge} (module
 * novu-framework) that checks every signature with the local Novu's API key: sync (a signed discover), a trigger
 * run step by step with signed {@code execute} requests, the state passed from step to step, skip, a failing step
 * recorded, and a re-sync forgetting a workflow the bridge no longer serves.
 */
class BridgeWorkerTests {

	record Order(String orderId, @Nullable Boolean vip) {
	}

	record Text(String text) {
	}

	private final JsonMapper json = JsonMapper.builder().build();

	private final AtomicReference<NovuBridge> bridge = new AtomicReference<>();

	private final List<Seen> seen = new CopyOnWriteArrayList<>();

	private HttpServer server;

	private LocalNovu novu;

	private URI bridgeUrl;

	/** What the bridge received: the query, the signature header, the body and the bridge's status. */
	record Seen(Map<String, String> query, @Nullable String signature, String body, int status) {
	}

	@BeforeEach
	void start() throws IOException {
		this.novu = LocalNovu.start();
		this.bridge.set(bridge(LocalNovu.DEFAULT_API_KEY, orderWorkflow(), failingWorkflow(), otherWorkflow()));
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/api/novu", (exchange) -> {
			try (exchange) {
				Map<String, String> query = new LinkedHashMap<>();
				String raw = exchange.getRequestURI().getRawQuery();
				for (String pair : (raw == null) ? new String[0] : raw.split("&")) {
					String[] parts = pair.split("=", 2);
					query.put(parts[0], URLDecoder.decode((parts.length > 1) ? parts[1] : "", StandardCharsets.UTF_8));
				}
				Map<String, String> headers = new LinkedHashMap<>();
				exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, values.get(0)));
				String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
				BridgeResponse answer = this.bridge.get()
					.handle(new BridgeRequest(exchange.getRequestMethod(), query, headers, body));
				this.seen.add(new Seen(query, exchange.getRequestHeaders().getFirst("novu-signature"), body,
						answer.status()));
				byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
				answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
				exchange.sendResponseHeaders(answer.status(), bytes.length);
				exchange.getResponseBody().write(bytes);
			}
		});
		this.server.start();
		this.bridgeUrl = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/api/novu");
	}

	@AfterEach
	void stop() {
		this.novu.close();
		this.server.stop(0);
	}

	static NovuBridge bridge(String secretKey, Workflow<?>... workflows) {
		return NovuBridge.builder(secretKey).workflow(workflows).build();
	}

	/** An Inbox message, a digest, then an email that reads both and is skipped for VIPs. */
	static Workflow<Order> orderWorkflow() {
		return Workflow.builder("order-placed", Order.class)
			.inApp("inbox", JsonType.withDefaults(new Text("Order {{ payload.orderId }} for {{ subscriber.firstName }}")),
					(ctx) -> new Outputs.InApp("Order placed", ctx.controls().text()))
			.digest("batch", JsonType.none(), (ctx) -> new Outputs.Digest(10, DurationUnit.MINUTES))
			.email("email", JsonType.withDefaults(new Text("Your order {{ payload.orderId }}")),
					(ctx) -> new Outputs.Email(ctx.controls().text(),
							"<p>" + ctx.step("batch", Results.Digest.class).eventCount() + " order(s), first "
									+ ctx.step("batch", Results.Digest.class).events().get(0).payload().get("orderId")
									+ ", inbox read: " + ctx.step("inbox", Results.InApp.class).read() + "</p>"),
					(ctx) -> Boolean.TRUE.equals(ctx.payload().vip()))
			.build();
	}

	/** An SMS step that throws, then a push step. */
	static Workflow<Order> failingWorkflow() {
		return Workflow.builder("failing", Order.class)
			.sms("sms", JsonType.none(), (ctx) -> {
				throw new IllegalStateException("the template service is down");
			})
			.push("push", JsonType.none(), (ctx) -> new Outputs.Push("never", "sent"))
			.build();
	}

	static Workflow<Order> otherWorkflow() {
		return Workflow.builder("other", Order.class)
			.chat("chat", JsonType.none(), (ctx) -> new Outputs.Chat("Order " + ctx.payload().orderId()))
			.build();
	}

	private TriggerResult trigger(String workflow, Map<String, Object> payload) {
		return this.novu.client()
			.trigger(TriggerRequest.builder(workflow)
				.to(Recipient.subscriber(SubscriberRecipient.builder("cust-1").firstName("Ada").build()))
				.payload(payload)
				.build());
	}

	@Test
	void theSyncRouteDiscoversWithASignedRequestAndAnswersTheSyncedWorkflows() throws Exception {
		HttpResponse<String> response = post("/v1/bridge/sync?source=test",
				"{\"bridgeUrl\":\"" + this.bridgeUrl + "\"}");

		assertThat(response.statusCode()).isEqualTo(201);
		JsonNode data = this.json.readTree(response.body()).get("data");
		assertThat(data.findValuesAsString("identifier")).containsExactly("order-placed", "failing", "other");
		assertThat(data.get(0).get("type").asString()).isEqualTo("BRIDGE");
		assertThat(data.get(0).get("origin").asString()).isEqualTo("external");
		assertThat(data.get(0).get("steps").findValuesAsString("type")).containsExactly("in_app", "digest", "email");
		// The bridge is strict: a 200 to discover means the local Novu signed it with its API key.
		assertThat(this.seen).singleElement().satisfies((request) -> {
			assertThat(request.query()).containsEntry("action", "discover");
			assertThat(request.signature()).startsWith("t=").contains(",v1=");
			assertThat(request.status()).isEqualTo(200);
		});
		assertThat(this.novu.syncedWorkflows()).containsExactly("order-placed", "failing", "other");
	}

	@Test
	void theSyncRouteRefusesAMissingUrlAndReportsABridgeThatRefusesTheSignature() throws Exception {
		assertThat(post("/v1/bridge/sync", "{}").statusCode()).isEqualTo(400);
		assertThat(post("/v1/bridge/sync", "{\"bridgeUrl\":\"not a url\"}").body())
			.contains("bridgeUrl must be a URL address");

		this.bridge.set(bridge("another-environments-key", orderWorkflow()));
		HttpResponse<String> refused = post("/v1/bridge/sync", "{\"bridgeUrl\":\"" + this.bridgeUrl + "\"}");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("answered 401 SignatureMismatchError to discover")
			.doesNotContain(LocalNovu.DEFAULT_API_KEY);
		assertThat(this.novu.syncedWorkflows()).isEmpty();
	}

	@Test
	void anUnreachableBridgeFailsTheSync() {
		this.server.stop(0);
		assertThatIllegalStateException().isThrownBy(() -> this.novu.syncBridge(this.bridgeUrl))
			.withMessageContaining("is not reachable");
	}

	@Test
	void aTriggerRunsEachStepWithSignedRequestsAndPutsTheRenderedInAppMessageInTheFeed() {
		this.novu.syncBridge(this.bridgeUrl);
		this.seen.clear();

		TriggerResult result = trigger("order-placed", Map.of("orderId", "A-1"));

		assertThat(result.acknowledged()).isTrue();
		List<BridgeExecution> executions = this.novu.bridgeExecutions();
		assertThat(executions).extracting(BridgeExecution::stepId).containsExactly("inbox", "batch", "email");
		assertThat(executions).allSatisfy((execution) -> {
			assertThat(execution.succeeded()).isTrue();
			assertThat(execution.skipped()).isFalse();
			assertThat(execution.transactionId()).isEqualTo(result.transactionId());
			assertThat(execution.subscriberId()).isEqualTo("cust-1");
		});
		assertThat(executions.get(0).outputs()).containsEntry("subject", "Order placed")
			.containsEntry("body", "Order A-1 for Ada");
		assertThat(executions.get(1).outputs()).containsEntry("amount", 10).containsEntry("unit", "minutes");
		assertThat(executions.get(2).output("subject")).isEqualTo("Your order A-1");
		assertThat(executions.get(2).output("body")).isEqualTo("<p>1 order(s), first A-1, inbox read: false</p>");
		// Each execute was signed (the bridge is strict) and named the workflow, the step and a job.
		assertThat(this.seen).extracting((s) -> s.query().get("stepId")).containsExactly("inbox", "batch", "email");
		assertThat(this.seen).allSatisfy((s) -> {
			assertThat(s.query()).containsEntry("action", "execute")
				.containsEntry("workflowId", "order-placed")
				.containsKey("jobId");
			assertThat(s.status()).isEqualTo(200);
		});

		List<Message> feed = this.novu.client().subscribers().notifications().retrieve("cust-1").firstPage().data();
		assertThat(feed).singleElement().satisfies((message) -> {
			assertThat(message.content().text()).isEqualTo("Order A-1 for Ada");
			assertThat(message.subject()).isEqualTo("Order placed");
			assertThat(message.transactionId()).isEqualTo(result.transactionId());
		});
		assertThat(this.novu.client().subscribers().notifications().unseenCount("cust-1").count()).isEqualTo(1);
	}

	@Test
	void eachExecuteCarriesTheEarlierStepsResultsInState() {
		this.novu.syncBridge(this.bridgeUrl);
		this.seen.clear();

		trigger("order-placed", Map.of("orderId", "A-2"));

		JsonNode first = this.json.readTree(this.seen.get(0).body());
		assertThat(first.get("state").isEmpty()).isTrue();
		assertThat(first.get("payload").get("orderId").asString()).isEqualTo("A-2");
		assertThat(first.get("subscriber").get("subscriberId").asString()).isEqualTo("cust-1");
		assertThat(first.get("subscriber").get("firstName").asString()).isEqualTo("Ada");
		JsonNode last = this.json.readTree(this.seen.get(2).body()).get("state");
		assertThat(last.findValuesAsString("stepId")).containsExactly("inbox", "batch");
		assertThat(last.get(0).get("outputs").get("read").asBoolean()).isFalse();
		assertThat(last.get(1).get("outputs").get("eventCount").asInt()).isEqualTo(1);
		assertThat(last.get(1).get("outputs").get("events").get(0).get("payload").get("orderId").asString())
			.isEqualTo("A-2");
		assertThat(last.get(1).get("state").get("status").asString()).isEqualTo("completed");
	}

	@Test
	void aSkippedStepIsRecordedAsSkippedWithoutOutputs() {
		this.novu.syncBridge(this.bridgeUrl);

		trigger("order-placed", Map.of("orderId", "A-3", "vip", true));

		BridgeExecution email = this.novu.bridgeExecutions().get(2);
		assertThat(email.stepId()).isEqualTo("email");
		assertThat(email.skipped()).isTrue();
		assertThat(email.succeeded()).isTrue();
		assertThat(email.outputs()).isEmpty();
	}

	@Test
	void aFailingStepIsRecordedAndStopsItsRunWhileTheTriggerIsAccepted() {
		this.novu.syncBridge(this.bridgeUrl);

		TriggerResult result = trigger("failing", Map.of("orderId", "A-4"));

		assertThat(result.acknowledged()).isTrue();
		assertThat(this.novu.bridgeExecutions()).singleElement().satisfies((execution) -> {
			assertThat(execution.stepId()).isEqualTo("sms");
			assertThat(execution.status()).isEqualTo(502);
			assertThat(execution.succeeded()).isFalse();
			assertThat(execution.errorCode()).isEqualTo("StepExecutionFailedError");
			assertThat(execution.outputs()).isEmpty();
		});
		assertThat(this.novu.messages("cust-1")).isEmpty();
		LocalNovuAssertions.assertThat(this.novu).hasTriggered("failing").to("cust-1");
	}

	@Test
	void aReSyncForgetsTheWorkflowsTheBridgeNoLongerServes() {
		assertThat(this.novu.syncBridge(this.bridgeUrl)).containsExactly("order-placed", "failing", "other");
		trigger("other", Map.of("orderId", "A-5"));
		assertThat(this.novu.bridgeExecutions()).singleElement()
			.satisfies((execution) -> assertThat(execution.output("body")).isEqualTo("Order A-5"));

		this.bridge.set(bridge(LocalNovu.DEFAULT_API_KEY, orderWorkflow()));
		assertThat(this.novu.syncBridge(this.bridgeUrl)).containsExactly("order-placed");
		trigger("other", Map.of("orderId", "A-6"));

		// No longer code-first: the trigger is accepted and handled as any other workflow, without the bridge.
		assertThat(this.novu.bridgeExecutions()).hasSize(1);
		assertThat(this.novu.messages("cust-1")).extracting((m) -> m.get("content")).containsExactly("other");
	}

	@Test
	void resetForgetsTheExecutionsButKeepsTheSyncedBridge() {
		this.novu.syncBridge(this.bridgeUrl);
		trigger("other", Map.of("orderId", "A-7"));
		assertThat(this.novu.bridgeExecutions()).hasSize(1);

		this.novu.reset();

		assertThat(this.novu.bridgeExecutions()).isEmpty();
		assertThat(this.novu.syncedWorkflows()).containsExactly("order-placed", "failing", "other");
		trigger("other", Map.of("orderId", "A-8"));
		assertThat(this.novu.bridgeExecutions()).hasSize(1);
	}

	private HttpResponse<String> post(String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(this.novu.baseUrl() + path))
			.header("Authorization", "ApiKey " + this.novu.apiKey())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
