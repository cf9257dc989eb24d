package io.github.novu4j.client.v2.contexts;

import io.github.novu4j.client.ContextMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A new context ({@code CreateContextRequestDto}). Type and id are 1 to 100 characters of
 * {@code a-z A-Z 0-9 _ -}, checked before sending.
 *
 * @param type the context type, e.g. {@code tenant}
 * @param id the context id within its type, e.g. {@code org-acme}
 * @param data custom data, or {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CreateContextRequest(@JsonProperty("type") String type, @JsonProperty("id") String id,
		@JsonProperty("data") @Nullable Map<String, @Nullable Object> data) {

	/**
	 * Checks the type and id and copies the data.
	 * @param type the context type
	 * @param id the context id within its type
	 * @param data custom data, or {@code null} for none
	 * @throws IllegalArgumentException if the type or id is malformed
	 */
	public CreateContextRequest {
		ContextMap.requireTypeOrId(type, "context type");
		ContextMap.requireTypeOrId(id, "context id");
		data = (data != null) ? Contexts.copyData(data) : null;
	}

	/**
	 * @param type the context type
	 * @param id the context id within its type
	 * @return a request without data
	 */
	public static CreateContextRequest of(String type, String id) {
		return new CreateContextRequest(type, id, null);
	}

	/**
	 * @param type the context type
	 * @param id the context id within its type
	 * @param data custom data
	 * @return the request
	 */
	public static CreateContextRequest of(String type, String id, Map<String, ? extends @Nullable Object> data) {
		return new CreateContextRequest(type, id, Contexts.copyData(data));
	}

}
