package io.github.novu4j.client.v2.workflows;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.StepType;
import org.jspecify.annotations.Nullable;

/**
 * A step of a workflow to create or update (the {@code *StepUpsertDto} of each step type). Control values
 * differ by type (an email step takes {@code subject} and {@code body}, a delay step {@code amount} and
 * {@code unit}, ...) and are a free-form map.
 *
 * <pre>{@code
 * StepRequest.of(StepType.EMAIL, "Welcome email")
 *     .withControlValues(Map.of("subject", "Welcome {{subscriber.firstName}}", "body", "..."));
 * }</pre>
 *
 * @param id Novu's database id of an existing step to update ({@code _id}), or {@code null}
 * @param stepId the step identifier (a slug), or {@code null} to let Novu derive it from the name
 * @param name the step's name
 * @param type the step type
 * @param controlValues the control values, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StepRequest(@JsonProperty("_id") @Nullable String id, @JsonProperty("stepId") @Nullable String stepId,
		@JsonProperty("name") String name, @JsonProperty("type") StepType type,
		@JsonProperty("controlValues") @Nullable Map<String, @Nullable Object> controlValues) {

	/**
	 * Checks the name, the type and the step id.
	 * @param id Novu's database id of an existing step, or {@code null}
	 * @param stepId the step identifier, or {@code null}
	 * @param name the step's name
	 * @param type the step type
	 * @param controlValues the control values, or {@code null}
	 * @throws IllegalArgumentException if the name is blank or the step id not a slug
	 */
	public StepRequest {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a step needs a name");
		}
		Objects.requireNonNull(type, "type");
		if (stepId != null) {
			WorkflowIds.requireSlug(stepId, "stepId");
		}
		controlValues = (controlValues != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(controlValues)) : null;
	}

	/**
	 * @param type the step type
	 * @param name the step's name
	 * @return a new step without control values
	 */
	public static StepRequest of(StepType type, String name) {
		return new StepRequest(null, null, name, type, null);
	}

	/**
	 * @param stepId the step identifier (a slug)
	 * @return a copy with that step id
	 */
	public StepRequest withStepId(String stepId) {
		return new StepRequest(this.id, stepId, this.name, this.type, this.controlValues);
	}

	/**
	 * @param id Novu's database id of the existing step this request updates
	 * @return a copy with that id
	 */
	public StepRequest withId(String id) {
		return new StepRequest(id, this.stepId, this.name, this.type, this.controlValues);
	}

	/**
	 * @param controlValues the control values of the step type
	 * @return a copy with those control values
	 */
	public StepRequest withControlValues(Map<String, ? extends @Nullable Object> controlValues) {
		return new StepRequest(this.id, this.stepId, this.name, this.type, new LinkedHashMap<>(controlValues));
	}

}
