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

	public static final ChannelType IN_APP = new ChannelType("in_app");

	public static final ChannelType EMAIL = new ChannelType("email");

	public static final ChannelType SMS = new ChannelType("sms");

	public static final ChannelType CHAT = new ChannelType("chat");

	public static final ChannelType PUSH = new ChannelType("push");

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
