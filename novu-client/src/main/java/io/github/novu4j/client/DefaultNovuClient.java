package io.github.novu4j.client;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.agents.Agents;
import io.github.novu4j.client.bridge.Bridge;
import io.github.novu4j.client.channelconnections.ChannelConnections;
import io.github.novu4j.client.channelendpoints.ChannelEndpoints;
import io.github.novu4j.client.domains.Domains;
import io.github.novu4j.client.environmentvariables.EnvironmentVariables;
import io.github.novu4j.client.environments.Environments;
import io.github.novu4j.client.events.BroadcastRequest;
import io.github.novu4j.client.events.Events;
import io.github.novu4j.client.events.TriggerRequest;
import io.github.novu4j.client.events.TriggerResult;
import io.github.novu4j.client.executiondetails.ExecutionDetails;
import io.github.novu4j.client.integrations.Integrations;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.OnFirstUse;
import io.github.novu4j.client.messages.Messages;
import io.github.novu4j.client.notifications.Notifications;
import io.github.novu4j.client.subscribers.Subscribers;
import io.github.novu4j.client.topics.Topics;
import io.github.novu4j.client.v2.NovuV2;
import io.github.novu4j.client.workflowgroups.WorkflowGroups;

/**
 * The {@link NovuClient} the builder makes: resources share one transport.
 */
public final class DefaultNovuClient implements NovuClient {

	private final String baseUrl;

	/**
	 * The resource groups, made together on first use, not when the client is built: loading their classes
	 * is most of what building a client costs (docs/benchmarks.md, "Session 4: start-up").
	 */
	private final OnFirstUse<Resources> resources;

	/**
	 * Creates the client; its resources, all sharing the transport, are made on first use.
	 * {@link NovuClientBuilder} calls it.
	 * @param transport the transport every resource calls Novu through
	 * @param baseUrl the base URL the transport calls, reported by {@link #baseUrl()}
	 */
	public DefaultNovuClient(NovuTransport transport, String baseUrl) {
		this.baseUrl = baseUrl;
		Objects.requireNonNull(transport, "transport");
		this.resources = new OnFirstUse<>(() -> new Resources(transport));
	}

	/** @return the base URL this client calls, e.g. {@code https://eu.api.novu.co} (for health details) */
	public String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public TriggerResult trigger(TriggerRequest request, RequestOptions options) {
		return this.resources.get().events.trigger(request, options);
	}

	@Override
	public List<TriggerResult> triggerBulk(List<TriggerRequest> events, RequestOptions options) {
		return this.resources.get().events.triggerBulk(events, options);
	}

	@Override
	public TriggerResult triggerBroadcast(BroadcastRequest request, RequestOptions options) {
		return this.resources.get().events.triggerBroadcast(request, options);
	}

	@Override
	public boolean cancel(String transactionId, RequestOptions options) {
		return this.resources.get().events.cancel(transactionId, options);
	}

	@Override
	public Subscribers subscribers() {
		return this.resources.get().subscribers;
	}

	@Override
	public Topics topics() {
		return this.resources.get().topics;
	}

	@Override
	public Integrations integrations() {
		return this.resources.get().integrations;
	}

	@Override
	public Messages messages() {
		return this.resources.get().messages;
	}

	@Override
	public Notifications notifications() {
		return this.resources.get().notifications;
	}

	@Override
	public Environments environments() {
		return this.resources.get().environments;
	}

	@Override
	public ExecutionDetails executionDetails() {
		return this.resources.get().executionDetails;
	}

	@Override
	public WorkflowGroups workflowGroups() {
		return this.resources.get().workflowGroups;
	}

	@Override
	public Agents agents() {
		return this.resources.get().agents;
	}

	@Override
	public ChannelConnections channelConnections() {
		return this.resources.get().channelConnections;
	}

	@Override
	public ChannelEndpoints channelEndpoints() {
		return this.resources.get().channelEndpoints;
	}

	@Override
	public Domains domains() {
		return this.resources.get().domains;
	}

	@Override
	public EnvironmentVariables environmentVariables() {
		return this.resources.get().environmentVariables;
	}

	@Override
	public Bridge bridge() {
		return this.resources.get().bridge;
	}

	@Override
	public NovuV2 v2() {
		return this.resources.get().v2;
	}

	@Override
	public String toString() {
		return "NovuClient{baseUrl=" + this.baseUrl + "}";
	}

	/** Every resource group of one client, sharing its transport. */
	private static final class Resources {

		private final Events events;

		private final Subscribers subscribers;

		private final Topics topics;

		private final Integrations integrations;

		private final Messages messages;

		private final Notifications notifications;

		private final Environments environments;

		private final ExecutionDetails executionDetails;

		private final WorkflowGroups workflowGroups;

		private final Agents agents;

		private final ChannelConnections channelConnections;

		private final ChannelEndpoints channelEndpoints;

		private final Domains domains;

		private final EnvironmentVariables environmentVariables;

		private final Bridge bridge;

		private final NovuV2 v2;

		Resources(NovuTransport transport) {
			this.events = new Events(transport);
			this.subscribers = new Subscribers(transport);
			this.topics = new Topics(transport);
			this.integrations = new Integrations(transport);
			this.messages = new Messages(transport);
			this.notifications = new Notifications(transport);
			this.environments = new Environments(transport);
			this.executionDetails = new ExecutionDetails(transport);
			this.workflowGroups = new WorkflowGroups(transport);
			this.agents = new Agents(transport);
			this.channelConnections = new ChannelConnections(transport);
			this.channelEndpoints = new ChannelEndpoints(transport);
			this.domains = new Domains(transport);
			this.environmentVariables = new EnvironmentVariables(transport);
			this.bridge = new Bridge(transport);
			this.v2 = new NovuV2(transport);
		}

	}

}
