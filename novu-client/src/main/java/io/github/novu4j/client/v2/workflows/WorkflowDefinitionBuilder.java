package io.github.novu4j.client.v2.workflows;

import io.github.novu4j.client.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What {@link CreateWorkflowRequest.Builder} and {@link UpdateWorkflowRequest.Builder} share: every
 * field of a workflow definition besides its name and identity.
 *
 * @param <B> the concrete builder
 */
abstract class WorkflowDefinitionBuilder<B extends WorkflowDefinitionBuilder<B>> {

	@Nullable String description;

	@Nullable List<String> tags;

	@Nullable Boolean active;

	@Nullable Boolean validatePayload;

	@Nullable Map<String, @Nullable Object> payloadSchema;

	@Nullable Boolean isTranslationEnabled;

	final List<StepRequest> steps = new ArrayList<>();

	@Nullable Map<String, @Nullable Object> preferences;

	@Nullable Severity severity;

	abstract B self();

	/**
	 * @param description the workflow's description
	 * @return this builder
	 */
	public B description(@Nullable String description) {
		this.description = description;
		return self();
	}

	/**
	 * @param tags the workflow's tags
	 * @return this builder
	 */
	public B tags(String... tags) {
		this.tags = List.of(tags);
		return self();
	}

	/**
	 * @param active whether the workflow is active (Novu's default: false)
	 * @return this builder
	 */
	public B active(@Nullable Boolean active) {
		this.active = active;
		return self();
	}

	/**
	 * @param validatePayload whether Novu validates trigger payloads against the payload schema
	 * @return this builder
	 */
	public B validatePayload(@Nullable Boolean validatePayload) {
		this.validatePayload = validatePayload;
		return self();
	}

	/**
	 * @param payloadSchema the payload's JSON Schema
	 * @return this builder
	 */
	public B payloadSchema(@Nullable Map<String, ? extends @Nullable Object> payloadSchema) {
		this.payloadSchema = copy(payloadSchema);
		return self();
	}

	/**
	 * @param isTranslationEnabled whether translations are enabled
	 * @return this builder
	 */
	public B isTranslationEnabled(@Nullable Boolean isTranslationEnabled) {
		this.isTranslationEnabled = isTranslationEnabled;
		return self();
	}

	/**
	 * @param step a step, appended after the ones added before
	 * @return this builder
	 */
	public B step(StepRequest step) {
		this.steps.add(Objects.requireNonNull(step, "step"));
		return self();
	}

	/**
	 * @param preferences the workflow's preferences ({@code PreferencesRequestDto}:
	 * {@code {"user":{..},"workflow":{..}}}), as a map
	 * @return this builder
	 */
	public B preferences(@Nullable Map<String, ? extends @Nullable Object> preferences) {
		this.preferences = copy(preferences);
		return self();
	}

	/**
	 * @param severity the workflow's severity
	 * @return this builder
	 */
	public B severity(@Nullable Severity severity) {
		this.severity = severity;
		return self();
	}

	static @Nullable Map<String, @Nullable Object> copy(@Nullable Map<String, ? extends @Nullable Object> map) {
		return (map != null) ? Collections.unmodifiableMap(new LinkedHashMap<>(map)) : null;
	}

}
