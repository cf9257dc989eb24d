package io.github.novu4j.client.messages;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * What an in-app message shows as its avatar.
 *
 * @param type {@code none}, {@code user}, {@code system_icon} or {@code system_custom}
 * @param data for {@code user} the actor's avatar URL, for the system types the icon; usually text, kept
 * as Novu sends it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageActor(@JsonProperty("type") @Nullable String type, @JsonProperty("data") @Nullable Object data) {

}
