package io.github.novu4j.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Assertions over a {@link LocalNovu}: the events it accepted and the subscribers and topics it stores.
 * Obtained from {@link LocalNovuAssertions#assertThat(LocalNovu)}.
 */
public final class LocalNovuAssert {

	private final LocalNovu novu;

	LocalNovuAssert(LocalNovu novu) {
		this.novu = novu;
	}

	/**
	 * Checks that at least one event of a workflow was accepted.
	 * @param workflow the workflow's trigger identifier
	 * @return assertions over the events of that workflow, to narrow further
	 */
	public TriggerAssert hasTriggered(String workflow) {
		Objects.requireNonNull(workflow, "workflow");
		List<Trigger> all = this.novu.triggers();
		List<Trigger> matching = all.stream().filter((t) -> t.workflow().equals(workflow)).toList();
		if (matching.isEmpty()) {
			throw new AssertionError("Expected a trigger of workflow '" + workflow + "' but got "
					+ (all.isEmpty() ? "none" : "only " + all.stream().map(Trigger::workflow).toList()));
		}
		return new TriggerAssert("workflow '" + workflow + "'", matching);
	}

	/**
	 * @param workflow the workflow's trigger identifier
	 * @return these assertions, if no event of the workflow was accepted
	 */
	public LocalNovuAssert hasNotTriggered(String workflow) {
		Objects.requireNonNull(workflow, "workflow");
		long count = this.novu.triggers().stream().filter((t) -> t.workflow().equals(workflow)).count();
		if (count > 0) {
			throw new AssertionError("Expected no trigger of workflow '" + workflow + "' but got " + count);
		}
		return this;
	}

	/**
	 * @param expected the number of accepted events of all workflows
	 * @return these assertions, if that many events were accepted
	 */
	public LocalNovuAssert hasTriggerCount(int expected) {
		int count = this.novu.triggers().size();
		if (count != expected) {
			throw new AssertionError("Expected " + expected + " trigger(s) but got " + count + ": "
					+ this.novu.triggers().stream().map(Trigger::workflow).toList());
		}
		return this;
	}

	/**
	 * @param subscriberId the subscriber's id
	 * @return assertions over the stored subscriber, if it exists
	 */
	public SubscriberAssert hasSubscriber(String subscriberId) {
		Map<String, Object> subscriber = this.novu.subscriber(subscriberId)
			.orElseThrow(() -> new AssertionError("Expected subscriber '" + subscriberId + "' to be stored, but it is not"));
		return new SubscriberAssert(subscriberId, subscriber);
	}

	/**
	 * @param subscriberId the subscriber's id
	 * @return these assertions, if no such subscriber is stored
	 */
	public LocalNovuAssert hasNoSubscriber(String subscriberId) {
		if (this.novu.subscriber(subscriberId).isPresent()) {
			throw new AssertionError("Expected no subscriber '" + subscriberId + "' but it is stored");
		}
		return this;
	}

	/**
	 * @param key the topic's key
	 * @return assertions over the stored topic, if it exists
	 */
	public TopicAssert hasTopic(String key) {
		Map<String, Object> topic = this.novu.topic(key)
			.orElseThrow(() -> new AssertionError("Expected topic '" + key + "' to be stored, but it is not"));
		return new TopicAssert(key, topic);
	}

	/**
	 * @param key the topic's key
	 * @return these assertions, if no such topic is stored
	 */
	public LocalNovuAssert hasNoTopic(String key) {
		if (this.novu.topic(key).isPresent()) {
			throw new AssertionError("Expected no topic '" + key + "' but it is stored");
		}
		return this;
	}

}
