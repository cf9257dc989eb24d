package io.github.novu4j.test;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

/**
 * Assertions over the accepted events of one workflow. Each {@code to}/{@code with} method keeps the events
 * that match and fails if none does, so chained conditions must hold for the same event(s).
 */
public final class TriggerAssert {

	private final String description;

	private final List<Trigger> triggers;

	TriggerAssert(String description, List<Trigger> triggers) {
		this.description = description;
		this.triggers = List.copyOf(triggers);
	}

	/**
	 * @param expected how many of the events selected so far there must be
	 * @return these assertions
	 */
	public TriggerAssert times(int expected) {
		if (this.triggers.size() != expected) {
			throw new AssertionError("Expected " + expected + " trigger(s) of " + this.description + " but got "
					+ this.triggers.size());
		}
		return this;
	}

	/**
	 * Keeps the events that reached all these subscribers (after topics were expanded and {@code exclude}
	 * applied).
	 * @param subscriberIds the subscribers' ids
	 * @return assertions over the matching events
	 */
	public TriggerAssert to(String... subscriberIds) {
		List<String> wanted = List.of(subscriberIds);
		return narrow("reaching " + wanted, (t) -> t.subscriberIds().containsAll(wanted),
				(t) -> String.valueOf(t.subscriberIds()));
	}

	/**
	 * Keeps the events sent to a topic.
	 * @param topicKey the topic's key
	 * @return assertions over the matching events
	 */
	public TriggerAssert toTopic(String topicKey) {
		Objects.requireNonNull(topicKey, "topicKey");
		return narrow("to topic '" + topicKey + "'", (t) -> t.to()
			.stream()
			.anyMatch((r) -> r instanceof Map<?, ?> map && "Topic".equals(map.get("type"))
					&& topicKey.equals(map.get("topicKey"))),
				(t) -> String.valueOf(t.to()));
	}

	/**
	 * Keeps the events whose payload has an entry (a top-level key with an equal value).
	 * @param key the payload key
	 * @param value the value, as it reads back from JSON (numbers as {@code Integer}, {@code Long} or
	 * {@code Double}, objects as maps)
	 * @return assertions over the matching events
	 */
	public TriggerAssert withPayloadEntry(String key, @Nullable Object value) {
		return narrow("with payload " + key + "=" + value,
				(t) -> t.payload().containsKey(key) && Objects.equals(t.payload().get(key), value),
				(t) -> String.valueOf(t.payload()));
	}

	/**
	 * Keeps the event with a transaction id.
	 * @param transactionId the transaction id
	 * @return assertions over the matching event
	 */
	public TriggerAssert withTransactionId(String transactionId) {
		return narrow("with transactionId " + transactionId, (t) -> t.transactionId().equals(transactionId),
				Trigger::transactionId);
	}

	/**
	 * Keeps the events whose {@code context} has an entry of this type and id (a context given as an object is
	 * matched on its {@code id}).
	 * @param type the context type, e.g. {@code tenant}
	 * @param id the context id, e.g. {@code acme}
	 * @return assertions over the matching events
	 */
	public TriggerAssert withContext(String type, String id) {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(id, "id");
		return narrow("with context " + type + ":" + id, (t) -> id.equals(t.context().get(type)),
				(t) -> String.valueOf(t.context()));
	}

	/**
	 * Keeps the events sent without a {@code context}.
	 * @return assertions over the matching events
	 */
	public TriggerAssert withoutContext() {
		return narrow("without context", (t) -> t.context().isEmpty(), (t) -> String.valueOf(t.context()));
	}

	/** @return the events selected so far, oldest first */
	public List<Trigger> triggers() {
		return this.triggers;
	}

	private TriggerAssert narrow(String condition, Predicate<Trigger> test,
			java.util.function.Function<Trigger, String> shown) {
		List<Trigger> matching = this.triggers.stream().filter(test).toList();
		if (matching.isEmpty()) {
			throw new AssertionError("Expected a trigger of " + this.description + " " + condition + " but got "
					+ this.triggers.stream().map(shown).toList());
		}
		return new TriggerAssert(this.description + " " + condition, matching);
	}

}
