package io.github.novu4j.client;

import java.util.List;

import io.github.novu4j.client.agents.Agents;
import io.github.novu4j.client.bridge.Bridge;
import io.github.novu4j.client.channelconnections.ChannelConnections;
import io.github.novu4j.client.channelendpoints.ChannelEndpoints;
import io.github.novu4j.client.domains.Domains;
import io.github.novu4j.client.environments.Environments;
import io.github.novu4j.client.environmentvariables.EnvironmentVariables;
import io.github.novu4j.client.events.BroadcastRequest;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.executiondetails.ExecutionDetails;
import io.github.novu4j.client.integrations.Integrations;
import io.github.novu4j.client.messages.Messages;
import io.github.novu4j.client.notifications.Notifications;
import io.github.novu4j.client.subscribers.Subscribers;
import io.github.novu4j.client.topics.Topics;
import io.github.novu4j.client.v2.NovuV2;
import io.github.novu4j.client.workflowgroups.WorkflowGroups;

/**
 * A client of the Novu API, with the resource tree and method names of Novu's TypeScript SDK
 * ({@code novu.subscribers.preferences.updateGlobal(..)} is
 * {@code novu.subscribers().preferences().updateGlobal(..)}).
 *
 * <p>Immutable and thread-safe: create one per application, with {@link #builder()} or, in Spring
 * Boot, by injecting the auto-configured bean. An interface, so tests can mock it.
 *
 * <pre>{@code
 * NovuClient novu = NovuClient.builder().apiKey(System.getenv("NOVU_API_KEY")).region(NovuRegion.EU).build();
 * TriggerResult result = novu.trigger(TriggerRequest.builder("order-shipped")
 *         .to(Recipient.subscriber("user-42"))
 *         .payload(Map.of("orderId", 1234))
 *         .build());
 * }</pre>
 *
 * Every operation has an overload taking {@link RequestOptions} (idempotency key, retries, timeout,
 * headers). Failures throw {@link NovuException} subclasses; bad input throws
 * {@link IllegalArgumentException} before anything is sent.
 */
public interface NovuClient {

	/** @return a builder of a client for plain Java use */
	static NovuClientBuilder builder() {
		return new NovuClientBuilder();
	}

	/**
	 * Triggers a workflow for its recipients ({@code POST /v1/events/trigger}).
	 * @param request the event
	 * @return Novu's acknowledgement with the transaction id
	 */
	default TriggerResult trigger(TriggerRequest request) {
		return trigger(request, RequestOptions.none());
	}

	/**
	 * Triggers a workflow for its recipients ({@code POST /v1/events/trigger}).
	 * @param request the event
	 * @param options per-call options
	 * @return Novu's acknowledgement with the transaction id
	 */
	TriggerResult trigger(TriggerRequest request, RequestOptions options);

	/**
	 * Triggers up to 100 events in one request ({@code POST /v1/events/trigger/bulk}). Each event needs
	 * a payload (Novu fails events without one).
	 * @param events 1 to 100 events
	 * @return one result per event, in order
	 */
	default List<TriggerResult> triggerBulk(List<TriggerRequest> events) {
		return triggerBulk(events, RequestOptions.none());
	}

	/**
	 * Triggers up to 100 events in one request ({@code POST /v1/events/trigger/bulk}).
	 * @param events 1 to 100 events, each with a payload
	 * @param options per-call options
	 * @return one result per event, in order
	 */
	List<TriggerResult> triggerBulk(List<TriggerRequest> events, RequestOptions options);

	/**
	 * Triggers a workflow for every subscriber of the environment
	 * ({@code POST /v1/events/trigger/broadcast}).
	 * @param request the event; a payload is required
	 * @return Novu's acknowledgement
	 */
	default TriggerResult triggerBroadcast(BroadcastRequest request) {
		return triggerBroadcast(request, RequestOptions.none());
	}

	/**
	 * Triggers a workflow for every subscriber of the environment.
	 * @param request the event; a payload is required
	 * @param options per-call options
	 * @return Novu's acknowledgement
	 */
	TriggerResult triggerBroadcast(BroadcastRequest request, RequestOptions options);

	/**
	 * Cancels a triggered event that is still pending, e.g. in a delay or digest step
	 * ({@code DELETE /v1/events/trigger/{transactionId}}).
	 * @param transactionId the transaction id of the trigger
	 * @return whether a pending event was cancelled
	 */
	default boolean cancel(String transactionId) {
		return cancel(transactionId, RequestOptions.none());
	}

	/**
	 * Cancels a triggered event that is still pending.
	 * @param transactionId the transaction id of the trigger
	 * @param options per-call options
	 * @return whether a pending event was cancelled
	 */
	boolean cancel(String transactionId, RequestOptions options);

	/** @return subscribers and their credentials, preferences, feeds and messages */
	Subscribers subscribers();

	/** @return topics and their subscribers */
	Topics topics();

	/** @return provider integrations */
	Integrations integrations();

	/** @return messages */
	Messages messages();

	/** @return notifications and their statistics */
	Notifications notifications();

	/** @return environments and API keys */
	Environments environments();

	/** @return execution details */
	ExecutionDetails executionDetails();

	/** @return workflow groups */
	WorkflowGroups workflowGroups();

	/** @return agents and their integrations ({@code /v1/agents}) */
	Agents agents();

	/** @return channel connections ({@code /v1/channel-connections}) */
	ChannelConnections channelConnections();

	/** @return channel endpoints ({@code /v1/channel-endpoints}) */
	ChannelEndpoints channelEndpoints();

	/** @return inbound e-mail domains and their routes ({@code /v1/domains}) */
	Domains domains();

	/** @return environment variables ({@code /v1/environment-variables}) */
	EnvironmentVariables environmentVariables();

	/**
	 * Registering a Novu Framework bridge ({@code POST /v1/bridge/sync}, a route Novu's OpenAPI documents leave
	 * out). Novu deletes the code-first workflows the bridge no longer serves: read {@link Bridge#sync(String)}.
	 * @return the environment's Framework bridge
	 */
	Bridge bridge();

	/**
	 * Novu's v2 API: every operation whose path starts with {@code /v2}, with the {@code @novu/api}
	 * 3.x names below it ({@code novu.v2().subscribers().search(..)}). The top-level tree keeps the
	 * {@code /v1} operations, so a call never hits another endpoint than its path version says.
	 * @return the v2 API
	 */
	NovuV2 v2();

}
