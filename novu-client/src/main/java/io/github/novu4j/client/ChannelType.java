package io.github.novu4j.client;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A delivery channel: {@code in_app}, {@code email}, {@code sms}, {@code chat} or {@code push}. An open
 * set: a channel Novu adds later arrives as an instance too, so parsing never breaks; compare with the
 * constants.
 *
 * @param value the channel as Novu sends it
 * @see StepType for the wider set of workflow step types
 */
public record ChannelType(@JsonValue String value) {

	/** In-app: messages in the notification inbox of your application. */
	public static final ChannelType IN_APP = new ChannelType("in_app");

	/** Email. */
	public static final ChannelType EMAIL = new ChannelType("email");

	/** SMS text messages. */
	public static final ChannelType SMS = new ChannelType("sms");

	/** Chat applications such as Slack, Discord or Microsoft Teams. */
	public static final ChannelType CHAT = new ChannelType("chat");

	/** Mobile and web push notifications (FCM, APNs, Expo, ...). */
	public static final ChannelType PUSH = new ChannelType("push");

	/**
	 * Rejects a null value.
	 * @param value the channel as Novu sends it
	 */
	public ChannelType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a channel as Novu sends it
	 * @return the channel
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChannelType of(String value) {
		return new ChannelType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
