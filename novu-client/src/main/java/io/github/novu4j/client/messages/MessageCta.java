package io.github.novu4j.client.messages;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The call to action of an in-app message: a redirect and/or buttons.
 *
 * @param type {@code redirect}
 * @param data where the message leads
 * @param action the buttons and what the subscriber did with them
 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageCta(@JsonProperty("type") @Nullable String type, @JsonProperty("data") @Nullable Data data,
		@JsonProperty("action") @Nullable Action action,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

	/**
	 * Keeps the members this record does not model, unmodifiable.
	 * @param type {@code redirect}
	 * @param data where the message leads
	 * @param action the buttons and what the subscriber did with them
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	public MessageCta {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * Where a message leads.
	 *
	 * @param url the redirect URL
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Data(@JsonProperty("url") @Nullable String url,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param url the redirect URL
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Data {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The buttons of a message and the subscriber's answer.
	 *
	 * @param status {@code pending} until the subscriber clicks a button, then {@code done}
	 * @param buttons the buttons
	 * @param result the button clicked and its payload
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Action(@JsonProperty("status") @Nullable String status,
			@JsonProperty("buttons") @Nullable List<Button> buttons, @JsonProperty("result") @Nullable Result result,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param status {@code pending} until the subscriber clicks a button, then {@code done}
		 * @param buttons the buttons
		 * @param result the button clicked and its payload
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Action {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A button of an in-app message.
	 *
	 * @param type {@code primary} or {@code secondary}
	 * @param content the label
	 * @param resultContent the label after the click
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Button(@JsonProperty("type") @Nullable String type, @JsonProperty("content") @Nullable String content,
			@JsonProperty("resultContent") @Nullable String resultContent,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param type {@code primary} or {@code secondary}
		 * @param content the label
		 * @param resultContent the label after the click
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Button {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * The button the subscriber clicked.
	 *
	 * @param type {@code primary} or {@code secondary}
	 * @param payload the payload sent with the click
	 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Result(@JsonProperty("type") @Nullable String type,
			@JsonProperty("payload") @Nullable Map<String, Object> payload,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties) implements AdditionalProperties {

		/**
		 * Keeps the members this record does not model, unmodifiable.
		 * @param type {@code primary} or {@code secondary}
		 * @param payload the payload sent with the click
		 * @param additionalProperties what Novu sent that this record does not model (see {@link AdditionalProperties})
		 */
		public Result {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
