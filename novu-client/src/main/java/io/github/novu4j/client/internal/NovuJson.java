package io.github.novu4j.client.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The client's own JSON mapper. It never inherits an application's mapper settings, so a global
 * naming strategy or strict unknown-property handling elsewhere cannot break the wire format.
 */
public final class NovuJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		// Novu adds fields over time; an unknown one must never break a call.
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.enable(EnumFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		// Absent optional fields are not sent; null entries inside user maps (payload, data) still are.
		.changeDefaultPropertyInclusion(value -> value.withValueInclusion(JsonInclude.Include.NON_NULL))
		// The client's records built through a handle prepared once per type, not adapted per record.
		.addModule(new RecordCreators())
		.build();

	private NovuJson() {
	}

	/** @return the shared, immutable mapper */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
