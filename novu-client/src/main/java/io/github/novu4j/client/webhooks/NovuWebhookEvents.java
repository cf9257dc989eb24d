package io.github.novu4j.client.webhooks;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.webhooks.NovuWebhookVerificationException.Reason;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses webhook bodies into typed events. {@link NovuWebhookVerifier#verify} does this after checking the
 * signature; call {@link #parse(byte[])} directly only for bodies you already trust (e.g. in tests).
 */
public final class NovuWebhookEvents {

	private NovuWebhookEvents() {
	}

	/**
	 * Parses a webhook body. The event's family decides the class: {@code message.*} (and the documented
	 * misspelling {@code messages.*}) gives {@link NovuMessageEvent}, {@code workflow.*}
	 * {@link NovuWorkflowEvent}, {@code preference.*} {@link NovuPreferenceEvent}, {@code email.received}
	 * {@link NovuEmailReceivedEvent}, anything else {@link NovuUnknownEvent}.
	 * @param rawBody the body (UTF-8 JSON)
	 * @return the event
	 * @throws NovuWebhookVerificationException with {@link Reason#MALFORMED_PAYLOAD} when the body is not a JSON
	 * object with a string {@code type}, or a known type's {@code data} lacks its {@code object}
	 */
	public static NovuWebhookEvent parse(byte[] rawBody) {
		Objects.requireNonNull(rawBody, "rawBody");
		JsonNode tree;
		try {
			tree = NovuJson.mapper().readTree(rawBody);
		}
		catch (JacksonException ex) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_PAYLOAD, "the webhook body is not JSON", ex);
		}
		if (!(tree instanceof ObjectNode envelope) || !envelope.path("type").isString()) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_PAYLOAD,
					"the webhook body is not a JSON object with a string \"type\"");
		}
		WebhookEventType type = WebhookEventType.of(envelope.get("type").asString());
		Class<? extends NovuWebhookEvent> eventClass = switch (type.family()) {
			case "message" -> NovuMessageEvent.class;
			case "workflow" -> NovuWorkflowEvent.class;
			case "preference" -> NovuPreferenceEvent.class;
			default -> type.equals(WebhookEventType.EMAIL_RECEIVED) ? NovuEmailReceivedEvent.class : NovuUnknownEvent.class;
		};
		if (eventClass == NovuEmailReceivedEvent.class) {
			liftWrappedEmail(envelope);
		}
		if (eventClass != NovuUnknownEvent.class && !envelope.path("data").isObject()) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_PAYLOAD,
					"the " + type + " webhook has no \"data\" object");
		}
		if (eventClass == NovuUnknownEvent.class && !envelope.path("data").isObject()) {
			envelope.putObject("data");
		}
		try {
			return NovuJson.mapper().treeToValue(envelope, eventClass);
		}
		catch (JacksonException | IllegalArgumentException | NullPointerException ex) {
			throw new NovuWebhookVerificationException(Reason.MALFORMED_PAYLOAD,
					"the " + type + " webhook's data does not have the documented shape", ex);
		}
	}

	/** Newer servers send {@code data: {object: {domain, route, mail}}}; bring it to {@code data: {domain, route, mail}}. */
	private static void liftWrappedEmail(ObjectNode envelope) {
		if (envelope.get("data") instanceof ObjectNode data && !data.has("mail")
				&& data.get("object") instanceof ObjectNode wrapped) {
			data.remove("object");
			wrapped.properties().forEach((member) -> data.set(member.getKey(), member.getValue()));
		}
	}

}
