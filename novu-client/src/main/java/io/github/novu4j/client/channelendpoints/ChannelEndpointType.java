package io.github.novu4j.client.channelendpoints;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The kind of a channel endpoint. An open set: a kind Novu adds later parses too; compare with the
 * constants.
 *
 * @param value the type as Novu sends it
 */
public record ChannelEndpointType(@JsonValue String value) {

	/** A Slack channel ({@code channelId}). */
	public static final ChannelEndpointType SLACK_CHANNEL = new ChannelEndpointType("slack_channel");

	/** A Slack user ({@code userId}). */
	public static final ChannelEndpointType SLACK_USER = new ChannelEndpointType("slack_user");

	/** A webhook ({@code url}, optional {@code channel}). */
	public static final ChannelEndpointType WEBHOOK = new ChannelEndpointType("webhook");

	/** A phone number ({@code phoneNumber}, E.164). */
	public static final ChannelEndpointType PHONE = new ChannelEndpointType("phone");

	/** A Microsoft Teams channel ({@code teamId}, {@code channelId}). */
	public static final ChannelEndpointType MS_TEAMS_CHANNEL = new ChannelEndpointType("ms_teams_channel");

	/** A Microsoft Teams user ({@code userId}). */
	public static final ChannelEndpointType MS_TEAMS_USER = new ChannelEndpointType("ms_teams_user");

	/** A Telegram chat ({@code chatId}). */
	public static final ChannelEndpointType TELEGRAM_CHAT = new ChannelEndpointType("telegram_chat");

	/** A Webex room ({@code roomId}, optional {@code parentId}). */
	public static final ChannelEndpointType WEBEX_ROOM = new ChannelEndpointType("webex_room");

	/** A Webex person ({@code personId} or {@code personEmail}). */
	public static final ChannelEndpointType WEBEX_PERSON = new ChannelEndpointType("webex_person");

	/** A LINE user ({@code userId}). */
	public static final ChannelEndpointType LINE_USER = new ChannelEndpointType("line_user");

	/**
	 * Rejects a null value.
	 * @param value the type as Novu sends it
	 */
	public ChannelEndpointType {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a type as Novu sends it
	 * @return the type
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static ChannelEndpointType of(String value) {
		return new ChannelEndpointType(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
