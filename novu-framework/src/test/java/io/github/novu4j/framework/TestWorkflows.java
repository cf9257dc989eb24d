package io.github.novu4j.framework;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The workflows and signed requests the bridge tests share. */
final class TestWorkflows {

	static final String SECRET = "test-secret-key";

	static final long NOW = 1_767_225_600_000L;

	static final Clock CLOCK = Clock.fixed(Instant.ofEpochMilli(NOW), ZoneOffset.UTC);

	record Welcome(String name, @Nullable Integer orders) {
	}

	record DigestControls(int amount, DurationUnit unit) {
	}

	record EmailControls(String subject, String body, boolean skipIfVip) {
	}

	record TextControls(String text) {
	}

	record DelayControls(int amount) {
	}

	record ThrottleControls(int threshold) {
	}

	record Score(String label, int points) {
	}

	private TestWorkflows() {
	}

	/** A digest, then an email reading the digest's result; the welcome workflow of FRAMEWORK-BRIDGE.md section 3. */
	static Workflow<Welcome> welcome() {
		return Workflow.builder("welcome", JsonType.withDefaults(new Welcome("Ada", null)))
			.name("Welcome")
			.tags("onboarding")
			.preferences(Preferences.create().channel(Preferences.Channel.IN_APP, false))
			.digest("digest-step", JsonType.withDefaults(new DigestControls(5, DurationUnit.MINUTES)),
					ctx -> new Outputs.Digest(ctx.controls().amount(), ctx.controls().unit()))
			.email("email-step",
					JsonType.withDefaults(new EmailControls("Hi {{payload.name}} ({{steps.digest-step.eventCount}})",
							"<p>{{steps.digest-step.eventCount}} events for {{payload.name}}</p>", false)),
					ctx -> new Outputs.Email(ctx.controls().subject(), ctx.controls().body()),
					ctx -> ctx.controls().skipIfVip() && ctx.step("digest-step", Results.Digest.class).eventCount() > 1)
			.build();
	}

	/** Every other step type, in one workflow. */
	static Workflow<Welcome> everyStep() {
		JsonType<TextControls> text = JsonType.withDefaults(new TextControls("{{payload.name}}"));
		return Workflow.builder("every-step", Welcome.class)
			.delay("delay", JsonType.withDefaults(new DelayControls(2)),
					ctx -> new Outputs.Delay(ctx.controls().amount(), DurationUnit.HOURS))
			.throttle("throttle", JsonType.withDefaults(new ThrottleControls(3)),
					ctx -> new Outputs.Throttle(1, DurationUnit.DAYS, ctx.controls().threshold(), null))
			.inApp("in-app", text, ctx -> new Outputs.InApp("Inbox", "Hello " + ctx.controls().text()))
			.sms("sms", text, ctx -> new Outputs.Sms("SMS " + ctx.controls().text()
					+ (ctx.step("in-app", Results.InApp.class).read() ? " (read)" : " (unread)")))
			.push("push", text, ctx -> new Outputs.Push("Push", ctx.controls().text() + " after "
					+ ctx.step("delay", Results.Delay.class).duration() + " ms"))
			.custom("score", JsonType.none(), Score.class,
					ctx -> new Score("gold", ctx.payload().orders() == null ? 0 : ctx.payload().orders() * 10))
			.chat("chat", text, ctx -> new Outputs.Chat(ctx.controls().text() + " has "
					+ ctx.step("score", Score.class).points() + " points, throttled="
					+ ctx.step("throttle", Results.Throttle.class).throttled()))
			.build();
	}

	static NovuBridge bridge() {
		return NovuBridge.builder(SECRET).clock(CLOCK).workflow(welcome(), everyStep()).build();
	}

	static BridgeRequest signedGet(String action) {
		return BridgeRequest.get(Map.of("action", action),
				Map.of(NovuSignature.HEADER, NovuSignature.header(SECRET, NOW, "")));
	}

	static BridgeRequest signedPost(Map<String, String> query, String body) {
		return BridgeRequest.post(query, Map.of("Novu-Signature", NovuSignature.header(SECRET, NOW, body)), body);
	}

	static BridgeRequest execute(String workflowId, String stepId, String body) {
		return signedPost(Map.of("action", "execute", "workflowId", workflowId, "stepId", stepId), body);
	}

	static List<String> stepIds(Workflow<?> workflow) {
		return workflow.stepIds();
	}
}
