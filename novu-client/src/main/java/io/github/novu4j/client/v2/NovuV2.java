package io.github.novu4j.client.v2;

import java.util.Objects;

import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.v2.activity.Activity;
import io.github.novu4j.client.v2.contexts.Contexts;
import io.github.novu4j.client.v2.environments.Environments;
import io.github.novu4j.client.v2.layouts.Layouts;
import io.github.novu4j.client.v2.subscribers.Subscribers;
import io.github.novu4j.client.v2.topics.Topics;
import io.github.novu4j.client.v2.translations.Translations;
import io.github.novu4j.client.v2.workflows.Workflows;

/**
 * Novu's v2 API: every operation whose path starts with {@code /v2}, as Stripe's Java SDK puts its
 * v2 API under {@code client.v2()}. The path version decides where a call lives, so
 * {@code novu.subscribers().retrieve(..)} always calls {@code /v1/subscribers/{id}} and
 * {@code novu.v2().subscribers().retrieve(..)} always calls {@code /v2/subscribers/{id}}.
 *
 * <pre>{@code
 * novu.v2().subscribers().notifications().markAsRead("user-42", notificationId);
 * novu.v2().topics().subscriptions().create("ops-team", request);
 * }</pre>
 *
 * Obtained from {@code NovuClient.v2()}; thread-safe, shares the client's transport, retries and
 * observations.
 */
public class NovuV2 {

	private final Activity activity;

	private final Contexts contexts;

	private final Environments environments;

	private final Layouts layouts;

	private final Subscribers subscribers;

	private final Topics topics;

	private final Translations translations;

	private final Workflows workflows;

	/**
	 * Used by the client; not meant to be called by applications.
	 * @param transport the client's transport
	 */
	public NovuV2(NovuTransport transport) {
		Objects.requireNonNull(transport, "transport");
		this.activity = new Activity(transport);
		this.contexts = new Contexts(transport);
		this.environments = new Environments(transport);
		this.layouts = new Layouts(transport);
		this.subscribers = new Subscribers(transport);
		this.topics = new Topics(transport);
		this.translations = new Translations(transport);
		this.workflows = new Workflows(transport);
	}

	/** @return delivery-provider activity tracking ({@code /v2/inbound-webhooks}) */
	public Activity activity() {
		return this.activity;
	}

	/** @return contexts ({@code /v2/contexts}) */
	public Contexts contexts() {
		return this.contexts;
	}

	/** @return environment tags, diff and publish ({@code /v2/environments}) */
	public Environments environments() {
		return this.environments;
	}

	/** @return layouts ({@code /v2/layouts}) */
	public Layouts layouts() {
		return this.layouts;
	}

	/** @return v2 subscribers, their Inbox notifications, preferences and topics ({@code /v2/subscribers}) */
	public Subscribers subscribers() {
		return this.subscribers;
	}

	/** @return v2 topics and their subscriptions ({@code /v2/topics}) */
	public Topics topics() {
		return this.topics;
	}

	/** @return translations ({@code /v2/translations}) */
	public Translations translations() {
		return this.translations;
	}

	/** @return workflows and their steps ({@code /v2/workflows}) */
	public Workflows workflows() {
		return this.workflows;
	}

}
