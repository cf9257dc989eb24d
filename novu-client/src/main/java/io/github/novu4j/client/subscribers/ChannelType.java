package io.github.novu4j.client.subscribers;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A delivery channel. An open set: channel types Novu adds later arrive as instances too, so
 * parsing never breaks; compare with the constants.
 *
 * @param value the channel type as Novu sends it, e.g. {@code in_app}
 */
public record ChannelType(@JsonValue String value) {

	/** In-app (the subscriber's feed). */
	public static final ChannelType IN_APP = new ChannelType("in_app");

	/** Email. */
	public static final ChannelType EMAIL = new ChannelType("email");

	/** SMS. */
	public static final ChannelType SMS = new ChannelType("sms");

	/** Chat (Slack, Discord, MS Teams ...). */
	public static final ChannelType CHAT = new ChannelType("chat");

	/** Push (FCM, APNs, Expo ...). */
	public static final ChannelType PUSH = new ChannelType("push");

	/**
	 * Rejects a null value.
	 * @param value the channel type as Novu sends it, e.g. {@code in_app}
	 */
	public ChannelType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance for it
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
