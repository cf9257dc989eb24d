package io.github.novu4j.framework;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A workflow's default subscriber preferences: whether the workflow and each channel are on, and whether
 * subscribers may change that. Only what is set is sent.
 */
public final class Preferences {

	/** Channels a preference can name; the wire name of {@link #IN_APP} is {@code in_app}. */
	public enum Channel {
		/** Email. */
		EMAIL,
		/** SMS. */
		SMS,
		/** Push. */
		PUSH,
		/** Chat. */
		CHAT,
		/** Inbox (in-app). */
		IN_APP;

		String wireName() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	private @Nullable Boolean allEnabled;

	private @Nullable Boolean readOnly;

	private final Map<Channel, Boolean> channels = new LinkedHashMap<>();

	private Preferences() {
	}

	/**
	 * Empty preferences (Novu's defaults).
	 *
	 * @return new preferences
	 */
	public static Preferences create() {
		return new Preferences();
	}

	/**
	 * Whether the workflow is on by default.
	 *
	 * @param enabled on or off
	 * @return these preferences
	 */
	public Preferences allEnabled(boolean enabled) {
		this.allEnabled = enabled;
		return this;
	}

	/**
	 * Whether subscribers are barred from changing their preferences for this workflow.
	 *
	 * @param readOnly true to bar them
	 * @return these preferences
	 */
	public Preferences readOnly(boolean readOnly) {
		this.readOnly = readOnly;
		return this;
	}

	/**
	 * Whether one channel is on by default.
	 *
	 * @param channel the channel
	 * @param enabled on or off
	 * @return these preferences
	 */
	public Preferences channel(Channel channel, boolean enabled) {
		channels.put(java.util.Objects.requireNonNull(channel, "channel"), enabled);
		return this;
	}

	Map<String, Object> toJson() {
		Map<String, Object> json = new LinkedHashMap<>();
		Map<String, Object> all = new LinkedHashMap<>();
		if (allEnabled != null) {
			all.put("enabled", allEnabled);
		}
		if (readOnly != null) {
			all.put("readOnly", readOnly);
		}
		if (!all.isEmpty()) {
			json.put("all", all);
		}
		if (!channels.isEmpty()) {
			Map<String, Object> byChannel = new LinkedHashMap<>();
			channels.forEach((channel, enabled) -> byChannel.put(channel.wireName(), Map.of("enabled", enabled)));
			json.put("channels", byChannel);
		}
		return json;
	}
}
