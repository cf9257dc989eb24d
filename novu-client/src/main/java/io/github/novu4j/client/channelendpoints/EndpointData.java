package io.github.novu4j.client.channelendpoints;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import io.github.novu4j.client.internal.TextChecks;
import org.jspecify.annotations.Nullable;

/**
 * Where a channel endpoint delivers: its type and the type's fields, e.g. a Slack channel id. Made by
 * the factory of each type, which checks the required fields; sent as {@code type} and
 * {@code endpoint} on create and as {@code endpoint} on update.
 *
 * <pre>{@code
 * EndpointData.slackChannel("C123456789");
 * EndpointData.phone("+15551234567");
 * }</pre>
 *
 * @param type the endpoint type
 * @param fields the endpoint's fields as Novu receives them
 */
public record EndpointData(ChannelEndpointType type, Map<String, String> fields) {

	private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{1,14}$");

	/**
	 * Copies the fields.
	 * @param type the endpoint type
	 * @param fields the endpoint's fields
	 */
	public EndpointData {
		Objects.requireNonNull(type, "type");
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(fields, "fields")));
	}

	/**
	 * @param channelId the Slack channel id, e.g. {@code C123456789}
	 * @return a Slack channel endpoint
	 */
	public static EndpointData slackChannel(String channelId) {
		return of(ChannelEndpointType.SLACK_CHANNEL, "channelId", channelId);
	}

	/**
	 * @param userId the Slack user id, e.g. {@code U123456789}
	 * @return a Slack user endpoint
	 */
	public static EndpointData slackUser(String userId) {
		return of(ChannelEndpointType.SLACK_USER, "userId", userId);
	}

	/**
	 * @param url the webhook URL
	 * @param channel an optional channel identifier, or {@code null}
	 * @return a webhook endpoint
	 */
	public static EndpointData webhook(String url, @Nullable String channel) {
		return of(ChannelEndpointType.WEBHOOK, "url", url, "channel", channel);
	}

	/**
	 * @param phoneNumber the phone number in E.164 format, e.g. {@code +15551234567}
	 * @return a phone endpoint
	 * @throws IllegalArgumentException if the number is not E.164
	 */
	public static EndpointData phone(String phoneNumber) {
		if (phoneNumber == null || !E164.matcher(phoneNumber).matches()) {
			throw new IllegalArgumentException("phoneNumber must be E.164 (+ and up to 15 digits), was '" + phoneNumber + "'");
		}
		return of(ChannelEndpointType.PHONE, "phoneNumber", phoneNumber);
	}

	/**
	 * @param teamId the Teams team id
	 * @param channelId the Teams channel id
	 * @return a Microsoft Teams channel endpoint
	 */
	public static EndpointData msTeamsChannel(String teamId, String channelId) {
		return of(ChannelEndpointType.MS_TEAMS_CHANNEL, "teamId", teamId, "channelId",
				TextChecks.requireText(channelId, "channelId"));
	}

	/**
	 * @param userId the Teams user id
	 * @return a Microsoft Teams user endpoint
	 */
	public static EndpointData msTeamsUser(String userId) {
		return of(ChannelEndpointType.MS_TEAMS_USER, "userId", userId);
	}

	/**
	 * @param chatId the Telegram chat id
	 * @return a Telegram chat endpoint
	 */
	public static EndpointData telegramChat(String chatId) {
		return of(ChannelEndpointType.TELEGRAM_CHAT, "chatId", chatId);
	}

	/**
	 * @param roomId the Webex room id
	 * @param parentId a parent message id for threaded replies, or {@code null}
	 * @return a Webex room endpoint
	 */
	public static EndpointData webexRoom(String roomId, @Nullable String parentId) {
		return of(ChannelEndpointType.WEBEX_ROOM, "roomId", roomId, "parentId", parentId);
	}

	/**
	 * @param personId the Webex person id
	 * @return a Webex person endpoint
	 */
	public static EndpointData webexPersonId(String personId) {
		return of(ChannelEndpointType.WEBEX_PERSON, "personId", personId);
	}

	/**
	 * @param personEmail the Webex person's e-mail
	 * @return a Webex person endpoint
	 */
	public static EndpointData webexPersonEmail(String personEmail) {
		return of(ChannelEndpointType.WEBEX_PERSON, "personEmail", personEmail);
	}

	/**
	 * @param userId the LINE user id
	 * @return a LINE user endpoint
	 */
	public static EndpointData lineUser(String userId) {
		return of(ChannelEndpointType.LINE_USER, "userId", userId);
	}

	private static EndpointData of(ChannelEndpointType type, String name, String value) {
		return of(type, name, value, null, null);
	}

	/** A required field and, when {@code secondValue} is set, a second one (checked not blank). */
	private static EndpointData of(ChannelEndpointType type, String name, String value, @Nullable String secondName,
			@Nullable String secondValue) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(name, TextChecks.requireText(value, name));
		if (secondName != null && secondValue != null) {
			fields.put(secondName, TextChecks.requireText(secondValue, secondName));
		}
		return new EndpointData(type, fields);
	}

}
