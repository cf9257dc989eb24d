package io.github.novu4j.client.webhooks;

import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * One event of Novu's outbound webhooks: the common envelope
 * {@code {"id","type","object","data","timestamp","environmentId"}} with {@code data} typed per family.
 * Switch over the implementations, or listen for one of them in Spring
 * ({@code @EventListener void on(NovuMessageEvent event)}).
 */
public sealed interface NovuWebhookEvent extends AdditionalProperties
		permits NovuMessageEvent, NovuWorkflowEvent, NovuPreferenceEvent, NovuEmailReceivedEvent, NovuUnknownEvent {

	/** @return the event's id ({@code evt_...}); Novu always sends it although the spec does not require it */
	@Nullable String id();

	/** @return the event type, e.g. {@code message.delivered} */
	WebhookEventType type();

	/** @return what the event is about: {@code message}, {@code workflow}, {@code preference} or {@code email_inbound} */
	@Nullable String object();

	/** @return when the event happened (ISO-8601, as Novu sends it) */
	@Nullable String timestamp();

	/** @return the environment's public {@code identifier} (not its internal {@code _id}) */
	@Nullable String environmentId();

}
