package io.github.novu4j.client.v2.translations;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * A master JSON to import for one locale ({@code ImportMasterJsonRequestDto}): the shape
 * {@link MasterTranslations#retrieve} returns, {@code {"workflows":{..},"layouts":{..}}}.
 *
 * @param locale the locale the strings are in, e.g. {@code en_US}
 * @param masterJson the strings, by resource kind and identifier
 */
public record ImportMasterJsonRequest(@JsonProperty("locale") String locale,
		@JsonProperty("masterJson") Map<String, @Nullable Object> masterJson) {

	/**
	 * Checks both fields and copies the document.
	 * @param locale the locale the strings are in
	 * @param masterJson the strings, by resource kind and identifier
	 * @throws IllegalArgumentException if the locale is blank
	 */
	public ImportMasterJsonRequest {
		PathSegments.requireId(locale, "locale");
		Objects.requireNonNull(masterJson, "masterJson");
		masterJson = Collections.unmodifiableMap(new LinkedHashMap<>(masterJson));
	}

	/**
	 * @param locale the locale the strings are in, e.g. {@code en_US}
	 * @param masterJson the strings, by resource kind and identifier
	 * @return the request
	 */
	public static ImportMasterJsonRequest of(String locale, Map<String, @Nullable Object> masterJson) {
		return new ImportMasterJsonRequest(locale, masterJson);
	}

}
