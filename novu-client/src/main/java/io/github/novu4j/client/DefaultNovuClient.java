package io.github.novu4j.client;

import java.util.List;

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

	/**
	 * Creates the resources, all sharing the transport; {@link NovuClientBuilder} calls it.
	 * @param transport the transport every resource calls Novu through
	 * @param baseUrl the base URL the transport calls, reported by {@link #baseUrl()}
	 */
	public DefaultNovuClient(NovuTransport transport, String baseUrl) {
		this.baseUrl = baseUrl;
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

	/** @return the base URL this client calls, e.g. {@code https://eu.api.novu.co} (for health details) */
	public String baseUrl() {
		return this.baseUrl;
	}

	@Override
	public TriggerResult trigger(TriggerRequest request, RequestOptions options) {
		return this.events.trigger(request, options);
	}

	@Override
	public List<TriggerResult> triggerBulk(List<TriggerRequest> events, RequestOptions options) {
		return this.events.triggerBulk(events, options);
	}

	@Override
	public TriggerResult triggerBroadcast(BroadcastRequest request, RequestOptions options) {
		return this.events.triggerBroadcast(request, options);
	}

	@Override
	public boolean cancel(String transactionId, RequestOptions options) {
		return this.events.cancel(transactionId, options);
	}

	@Override
	public Subscribers subscribers() {
		return this.subscribers;
	}

	@Override
	public Topics topics() {
		return this.topics;
	}

	@Override
	public Integrations integrations() {
		return this.integrations;
	}

	@Override
	public Messages messages() {
		return this.messages;
	}

	@Override
	public Notifications notifications() {
		return this.notifications;
	}

	@Override
	public Environments environments() {
		return this.environments;
	}

	@Override
	public ExecutionDetails executionDetails() {
		return this.executionDetails;
	}

	@Override
	public WorkflowGroups workflowGroups() {
		return this.workflowGroups;
	}

	@Override
	public Agents agents() {
		return this.agents;
	}

	@Override
	public ChannelConnections channelConnections() {
		return this.channelConnections;
	}

	@Override
	public ChannelEndpoints channelEndpoints() {
		return this.channelEndpoints;
	}

	@Override
	public Domains domains() {
		return this.domains;
	}

	@Override
	public EnvironmentVariables environmentVariables() {
		return this.environmentVariables;
	}

	@Override
	public Bridge bridge() {
		return this.bridge;
	}

	@Override
	public NovuV2 v2() {
		return this.v2;
	}

	@Override
	public String toString() {
		return "NovuClient{baseUrl=" + this.baseUrl + "}";
	}

}
