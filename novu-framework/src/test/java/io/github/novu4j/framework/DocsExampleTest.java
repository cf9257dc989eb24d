package io.github.novu4j.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The example of docs/framework-bridge.md, verbatim between the markers. */
class DocsExampleTest {

	// docs:begin
	record OrderPayload(String orderId, @Nullable String customerName) {
	}

	record EmailControls(String subject, String intro) {
	}

	record DigestControls(int minutes) {
	}

	static Workflow<OrderPayload> orderShipped() {
		return Workflow.builder("order-shipped", OrderPayload.class)
			.name("Order shipped")
			.tags("orders")
			.preferences(Preferences.create().channel(Preferences.Channel.SMS, false))
			.digest("batch", JsonType.withDefaults(new DigestControls(10)),
					ctx -> new Outputs.Digest(ctx.controls().minutes(), DurationUnit.MINUTES))
			.email("email", JsonType.withDefaults(new EmailControls(
					"{{ steps.batch.eventCount | pluralize: 'order' }} shipped", "Hello {{ subscriber.firstName }},")),
					ctx -> new Outputs.Email(ctx.controls().subject(),
							"<p>" + ctx.controls().intro() + "</p><p>Orders: "
									+ ctx.step("batch", Results.Digest.class).eventCount() + "</p>"),
					ctx -> ctx.step("batch", Results.Digest.class).eventCount() == 0)
			.build();
	}

	static NovuBridge bridge(String secretKey) {
		return NovuBridge.builder(secretKey).workflow(orderShipped()).build();
	}
	// docs:end

	@Test
	void theExampleAnswersASignedExecute() {
		String body = "{\"payload\":{\"orderId\":\"A-1\"},\"controls\":{},"
				+ "\"state\":[{\"stepId\":\"batch\",\"outputs\":{\"events\":[],\"eventCount\":3}}],"
				+ "\"subscriber\":{\"subscriberId\":\"s1\",\"firstName\":\"Ada\"}}";
		BridgeResponse response = bridge("sk-secret").handle(BridgeRequest.post(
				Map.of("action", "execute", "workflowId", "order-shipped", "stepId", "email"),
				Map.of("novu-signature", NovuSignature.header("sk-secret", System.currentTimeMillis(), body)), body));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).startsWith("{\"outputs\":{\"subject\":\"3 orders shipped\","
				+ "\"body\":\"<p>Hello Ada,</p><p>Orders: 3</p>\"},\"providers\":{},\"options\":{\"skip\":false},");
	}
}
