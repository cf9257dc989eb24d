package io.github.novu4j.client.v2.contexts;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * New data of a context ({@code UpdateContextRequestDto}); it replaces the stored data as a whole.
 *
 * @param data the new data (an empty map clears it)
 */
public record UpdateContextRequest(@JsonProperty("data") Map<String, @Nullable Object> data) {

	/**
	 * Copies the data.
	 * @param data the new data
	 * @throws NullPointerException if the data is {@code null}
	 */
	public UpdateContextRequest {
		data = Contexts.copyData(data);
	}

	/**
	 * @param data the new data
	 * @return the request
	 */
	public static UpdateContextRequest of(Map<String, ? extends @Nullable Object> data) {
		return new UpdateContextRequest(Contexts.copyData(data));
	}

}
