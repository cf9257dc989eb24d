package io.github.novu4j.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.subscribers.Subscriber;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RecordCreatorsTest {

	/** The client's mapper without the module: what Jackson alone does. */
	private static final JsonMapper PLAIN = NovuJson.mapper()
		.rebuild()
		.removeAllModules()
		.build();

	/** A record of the client's packages whose compact constructor checks its input. */
	public record Checked(@JsonProperty("count") int count, @JsonProperty("name") @Nullable String name,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/** @throws IllegalArgumentException if the count is negative */
		public Checked {
			if (count < 0) {
				throw new IllegalArgumentException("count must be 0 or more, was " + count);
			}
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/** A record whose constructor is not public: left to Jackson. */
	record Hidden(@JsonProperty("name") String name) {

		Hidden {
			if (name.isEmpty()) {
				throw new IllegalArgumentException("name must not be empty");
			}
		}

	}

	@Test
	void theClientsMapperHasTheModuleAndThePlainOneDoesNot() {
		assertThat(NovuJson.mapper().registeredModules()).extracting((module) -> module.getRegistrationId())
			.contains(new RecordCreators().getRegistrationId());
		assertThat(PLAIN.registeredModules()).extracting((module) -> module.getRegistrationId())
			.doesNotContain(new RecordCreators().getRegistrationId());
	}

	@Test
	void recordsReadTheSameAsWithJacksonAlone() {
		byte[] page = ("{\"page\":2,\"hasMore\":true,\"pageSize\":2,\"extra\":{\"a\":1},\"data\":["
				+ "{\"_id\":\"s1\",\"subscriberId\":\"u1\",\"data\":{\"plan\":\"pro\"},\"isOnline\":true,\"__v\":3,\"custom\":[1,2]},"
				+ "{\"subscriberId\":\"u2\",\"channels\":[{\"providerId\":\"slack\",\"credentials\":{\"webhookUrl\":\"h\"}}]}]}")
			.getBytes(StandardCharsets.UTF_8);
		JavaType type = NovuJson.mapper().getTypeFactory().constructParametricType(Page.class, Subscriber.class);

		Page<Subscriber> fast = NovuJson.mapper().readValue(page, type);
		Page<Subscriber> plain = PLAIN.readValue(page, type);

		assertThat(fast).isEqualTo(plain);
		assertThat(fast.data()).hasSize(2);
		assertThat(fast.data().get(0).additionalProperties()).containsEntry("custom", List.of(1, 2));
		assertThat(fast.additionalProperties()).containsKey("extra");
		// A primitive component left out gets Jackson's default, as before.
		assertThat(NovuJson.mapper().readValue("{\"name\":\"n\"}", Checked.class))
			.isEqualTo(PLAIN.readValue("{\"name\":\"n\"}", Checked.class))
			.isEqualTo(new Checked(0, "n", Map.of()));
	}

	@Test
	void aFailingConstructorIsReportedAsJacksonReportsIt() {
		String json = "{\"count\":-1,\"name\":\"n\"}";

		DatabindException fast = catchThrowableOfType(DatabindException.class,
				() -> NovuJson.mapper().readValue(json, Checked.class));
		DatabindException plain = catchThrowableOfType(DatabindException.class,
				() -> PLAIN.readValue(json, Checked.class));

		assertThat(fast).isNotNull().hasMessage(plain.getMessage()).hasRootCauseMessage("count must be 0 or more, was -1");
		assertThat(fast.getClass()).isEqualTo(plain.getClass());
		assertThat(fast.getCause()).isInstanceOf(plain.getCause().getClass());
		// It went through the prepared handle, not Jackson's invokeWithArguments.
		assertThat(Arrays.stream(fast.getCause().getStackTrace()))
			.anyMatch((frame) -> frame.getClassName().endsWith("PreparedRecordInstantiator"));
		assertThat(Arrays.stream(plain.getCause().getStackTrace()))
			.noneMatch((frame) -> frame.getClassName().endsWith("PreparedRecordInstantiator"));
	}

	@Test
	void aRecordWithoutAPublicConstructorKeepsJacksonsInstantiator() {
		DatabindException failure = catchThrowableOfType(DatabindException.class,
				() -> NovuJson.mapper().readValue("{\"name\":\"\"}", Hidden.class));

		assertThat(NovuJson.mapper().readValue("{\"name\":\"x\"}", Hidden.class)).isEqualTo(new Hidden("x"));
		assertThat(failure).hasRootCauseMessage("name must not be empty");
		assertThat(Arrays.stream(failure.getCause().getStackTrace()))
			.noneMatch((frame) -> frame.getClassName().endsWith("PreparedRecordInstantiator"));
	}

	@Test
	void typesThatAreNotRecordsKeepJacksonsInstantiator() {
		StdValueInstantiator map = new StdValueInstantiator(NovuJson.mapper().deserializationConfig(),
				NovuJson.mapper().constructType(Map.class));

		assertThat(RecordCreators.faster(map)).isSameAs(map);
		assertThat(NovuJson.mapper().readValue("{\"x\":1}", Map.class)).isEqualTo(Map.of("x", 1));
	}

}
