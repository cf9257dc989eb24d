package io.github.novu4j.client.messages;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The call to action of an in-app message: a redirect and/or buttons.
 *
 * @param type {@code redirect}
 * @param data where the message leads
 * @param action the buttons and what the subscriber did with them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageCta(@JsonProperty("type") @Nullable String type, @JsonProperty("data") @Nullable Data data,
		@JsonProperty("action") @Nullable Action action) {

	/**
	 * Where a message leads.
	 *
	 * @param url the redirect URL
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Data(@JsonProperty("url") @Nullable String url) {

	}

	/**
	 * The buttons of a message and the subscriber's answer.
	 *
	 * @param status {@code pending} until the subscriber clicks a button, then {@code done}
	 * @param buttons the buttons
	 * @param result the button clicked and its payload
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Action(@JsonProperty("status") @Nullable String status,
			@JsonProperty("buttons") @Nullable List<Button> buttons, @JsonProperty("result") @Nullable Result result) {

	}

	/**
	 * A button of an in-app message.
	 *
	 * @param type {@code primary} or {@code secondary}
	 * @param content the label
	 * @param resultContent the label after the click
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Button(@JsonProperty("type") @Nullable String type, @JsonProperty("content") @Nullable String content,
			@JsonProperty("resultContent") @Nullable String resultContent) {

	}

	/**
	 * The button the subscriber clicked.
	 *
	 * @param type {@code primary} or {@code secondary}
	 * @param payload the payload sent with the click
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Result(@JsonProperty("type") @Nullable String type,
			@JsonProperty("payload") @Nullable Map<String, Object> payload) {

	}

}
