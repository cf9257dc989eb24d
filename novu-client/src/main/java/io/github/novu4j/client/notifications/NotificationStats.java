package io.github.novu4j.client.notifications;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How many notifications the environment sent recently.
 *
 * @param weeklySent notifications in the last 7 days
 * @param monthlySent notifications in the last month
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationStats(@JsonProperty("weeklySent") @Nullable Integer weeklySent,
		@JsonProperty("monthlySent") @Nullable Integer monthlySent) {

}
