package io.github.novu4j.client.channelconnections;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The provider workspace of a channel connection ({@code WorkspaceDto}), e.g. a Slack team.
 *
 * @param id the workspace id at the provider, e.g. {@code T123456}
 * @param name its name
 * @param additionalProperties what this record does not model
 */
public record Workspace(@JsonProperty("id") @Nullable String id, @JsonProperty("name") @Nullable String name,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the additional properties.
	 * @param id the workspace id
	 * @param name its name
	 * @param additionalProperties what this record does not model
	 */
	public Workspace {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param id the workspace id at the provider
	 * @param name its name, or {@code null}
	 * @return a workspace to send
	 * @throws IllegalArgumentException if the id is blank
	 */
	public static Workspace of(String id, @Nullable String name) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("workspace id must not be blank");
		}
		return new Workspace(id, name, null);
	}

}
