package io.github.novu4j.client.subscribers;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The number of a subscriber's unseen (or seen) in-app messages.
 *
 * @param count the number, capped at the request's limit
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnseenCount(@JsonProperty("count") @Nullable Integer count) {

}
