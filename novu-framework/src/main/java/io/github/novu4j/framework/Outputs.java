package io.github.novu4j.framework;

import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** What each built-in step's resolver returns: the content Novu sends, or the digest, delay or throttle settings it applies. */
public final class Outputs {

	private Outputs() {
	}

	/**
	 * An email.
	 *
	 * @param subject the subject line
	 * @param body the HTML body
	 */
	public record Email(@JsonProperty("subject") String subject, @JsonProperty("body") String body) {

		/**
		 * Checks the parts.
		 *
		 * @param subject the subject line
		 * @param body the HTML body
		 */
		public Email {
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(body, "body");
		}
	}

	/**
	 * An SMS.
	 *
	 * @param body the text
	 */
	public record Sms(@JsonProperty("body") String body) {

		/**
		 * Checks the text.
		 *
		 * @param body the text
		 */
		public Sms {
			Objects.requireNonNull(body, "body");
		}
	}

	/**
	 * A push notification.
	 *
	 * @param subject the title
	 * @param body the text
	 */
	public record Push(@JsonProperty("subject") String subject, @JsonProperty("body") String body) {

		/**
		 * Checks the parts.
		 *
		 * @param subject the title
		 * @param body the text
		 */
		public Push {
			Objects.requireNonNull(subject, "subject");
			Objects.requireNonNull(body, "body");
		}
	}

	/**
	 * A chat message.
	 *
	 * @param body the text
	 */
	public record Chat(@JsonProperty("body") String body) {

		/**
		 * Checks the text.
		 *
		 * @param body the text
		 */
		public Chat {
			Objects.requireNonNull(body, "body");
		}
	}

	/**
	 * An Inbox notification.
	 *
	 * @param subject the title, optional
	 * @param body the text
	 * @param avatar an image URL, optional
	 * @param redirect where a click leads, optional
	 * @param data extra data for the Inbox UI, optional
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record InApp(@JsonProperty("subject") @Nullable String subject, @JsonProperty("body") String body,
			@JsonProperty("avatar") @Nullable String avatar, @JsonProperty("redirect") @Nullable Redirect redirect,
			@JsonProperty("data") @Nullable Map<String, Object> data) {

		/**
		 * Checks the body.
		 *
		 * @param subject the title
		 * @param body the text
		 * @param avatar an image URL
		 * @param redirect where a click leads
		 * @param data extra data
		 */
		public InApp {
			Objects.requireNonNull(body, "body");
		}

		/**
		 * A notification with a title and text only.
		 *
		 * @param subject the title
		 * @param body the text
		 */
		public InApp(@Nullable String subject, String body) {
			this(subject, body, null, null, null);
		}
	}

	/**
	 * A link target of an Inbox notification.
	 *
	 * @param url the URL
	 * @param target the link target ({@code _self}, {@code _blank}, ...), optional
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Redirect(@JsonProperty("url") String url, @JsonProperty("target") @Nullable String target) {

		/**
		 * Checks the URL.
		 *
		 * @param url the URL
		 * @param target the link target
		 */
		public Redirect {
			Objects.requireNonNull(url, "url");
		}
	}

	/**
	 * The settings of a digest: collect events for {@code amount unit} (a regular digest), or until the {@code cron}
	 * schedule fires (a timed digest, then amount and unit are null).
	 *
	 * @param amount the window length, for a regular digest
	 * @param unit the window unit, for a regular digest
	 * @param digestKey the payload path events are grouped by, optional
	 * @param cron the schedule of a timed digest, optional
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Digest(@JsonProperty("amount") @Nullable Integer amount, @JsonProperty("unit") @Nullable DurationUnit unit,
			@JsonProperty("digestKey") @Nullable String digestKey, @JsonProperty("cron") @Nullable String cron) {

		/**
		 * A regular digest over a window.
		 *
		 * @param amount the window length
		 * @param unit the window unit
		 */
		public Digest(int amount, DurationUnit unit) {
			this(amount, unit, null, null);
		}
	}

	/**
	 * The settings of a delay.
	 *
	 * @param amount the length
	 * @param unit the unit
	 */
	public record Delay(@JsonProperty("amount") int amount, @JsonProperty("unit") DurationUnit unit) {

		/**
		 * Checks the unit.
		 *
		 * @param amount the length
		 * @param unit the unit
		 */
		public Delay {
			Objects.requireNonNull(unit, "unit");
		}
	}

	/**
	 * The settings of a throttle: at most {@code threshold} executions per {@code amount unit} window.
	 *
	 * @param amount the window length
	 * @param unit the window unit
	 * @param threshold how many executions the window allows
	 * @param throttleKey the payload path executions are counted by, optional
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Throttle(@JsonProperty("amount") int amount, @JsonProperty("unit") DurationUnit unit,
			@JsonProperty("threshold") int threshold, @JsonProperty("throttleKey") @Nullable String throttleKey) {

		/**
		 * Checks the unit.
		 *
		 * @param amount the window length
		 * @param unit the window unit
		 * @param threshold how many executions the window allows
		 * @param throttleKey the payload path executions are counted by
		 */
		public Throttle {
			Objects.requireNonNull(unit, "unit");
		}
	}
}
