package io.github.novu4j.autoconfigure.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.novu4j.client.webhooks.NovuMessageEvent;
import io.github.novu4j.client.webhooks.NovuWebhookEvent;
import io.github.novu4j.client.webhooks.NovuWebhookSigner;
import org.springframework.context.event.EventListener;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Signed deliveries and a listener that records what reached it. */
final class WebhookTestSupport {

	static final String SECRET = "whsec_dGVzdCBzZWNyZXQgb2YgdGhlIHdlYmhvb2sgZW5kcG9pbnQ=";

	static final String OLD_SECRET = "whsec_b2xkIHNlY3JldCBiZWZvcmUgdGhlIHJvdGF0aW9u";

	static final NovuWebhookSigner SIGNER = new NovuWebhookSigner(SECRET);

	private WebhookTestSupport() {
	}

	static byte[] body(String type, String transactionId) {
		String object = type.startsWith("message.") ? "message" : "thing";
		return ("{\"id\":\"evt_" + transactionId + "\",\"type\":\"" + type + "\",\"object\":\"" + object + "\","
				+ "\"data\":{\"object\":{\"_id\":\"m-" + transactionId + "\",\"subscriberId\":\"customer-1\","
				+ "\"transactionId\":\"" + transactionId + "\",\"channel\":\"email\",\"status\":\"sent\"}},"
				+ "\"timestamp\":\"2026-03-01T12:00:00.000Z\",\"environmentId\":\"env-public-id\"}")
			.getBytes(StandardCharsets.UTF_8);
	}

	static Map<String, String> headers(NovuWebhookSigner signer, String webhookId, byte[] body) {
		return signer.headers(webhookId, Instant.now(), body);
	}

	/** A MockMvc POST of a JSON body with the given headers. */
	static MockHttpServletRequestBuilder webhookPost(String path, byte[] body, Map<String, String> headers) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).contentType("application/json").content(body);
		headers.forEach(request::header);
		return request;
	}

	/** Records every event; fails on transaction ids starting with {@code fail}, as often as {@link #failures} says. */
	static class RecordingListener {

		final List<NovuWebhookEvent> all = new CopyOnWriteArrayList<>();

		final List<NovuMessageEvent> messages = new CopyOnWriteArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		@EventListener
		void onAny(NovuWebhookEvent event) {
			this.all.add(event);
		}

		@EventListener
		void onMessage(NovuMessageEvent event) {
			String transactionId = event.data().object().transactionId();
			if (transactionId != null && transactionId.startsWith("fail") && this.failures.getAndDecrement() > 0) {
				throw new IllegalStateException("listener failed on purpose");
			}
			this.messages.add(event);
		}

	}

}
