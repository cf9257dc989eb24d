package io.github.novu4j.framework;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What an earlier step left for later steps, as Novu's worker reports it in the {@code state[]} of an
 * {@code execute} request; read them with {@link StepContext#step(String, Class)}.
 */
public final class Results {

	private Results() {
	}

	/**
	 * The events a digest collected.
	 *
	 * @param events the digested events, oldest first
	 * @param eventCount how many there are
	 */
	public record Digest(@JsonProperty("events") List<DigestEvent> events, @JsonProperty("eventCount") int eventCount) {

		/**
		 * Copies the events.
		 *
		 * @param events the digested events
		 * @param eventCount how many there are
		 */
		public Digest {
			events = List.copyOf(events);
		}
	}

	/**
	 * One digested event.
	 *
	 * @param id the job id
	 * @param time when it happened (ISO-8601)
	 * @param payload the payload it was triggered with
	 */
	public record DigestEvent(@JsonProperty("id") String id, @JsonProperty("time") String time,
			@JsonProperty("payload") Map<String, Object> payload) {
	}

	/**
	 * What a delay waited.
	 *
	 * @param duration the delay in milliseconds
	 */
	public record Delay(@JsonProperty("duration") long duration) {
	}

	/**
	 * What became of an Inbox notification.
	 *
	 * @param seen whether the subscriber saw it
	 * @param read whether the subscriber read it
	 * @param lastSeenDate when it was last seen, or null
	 * @param lastReadDate when it was last read, or null
	 */
	public record InApp(@JsonProperty("seen") boolean seen, @JsonProperty("read") boolean read,
			@JsonProperty("lastSeenDate") @Nullable String lastSeenDate,
			@JsonProperty("lastReadDate") @Nullable String lastReadDate) {
	}

	/**
	 * What a throttle decided.
	 *
	 * @param throttled whether this execution was throttled
	 * @param executionCount executions counted in the window
	 * @param threshold the window's allowance
	 * @param windowStart when the window started, or null
	 */
	public record Throttle(@JsonProperty("throttled") boolean throttled, @JsonProperty("executionCount") int executionCount,
			@JsonProperty("threshold") int threshold, @JsonProperty("windowStart") @Nullable String windowStart) {
	}

	/** The result of a channel step that leaves nothing for later steps (email, SMS, push, chat). */
	public record None() {
	}
}
