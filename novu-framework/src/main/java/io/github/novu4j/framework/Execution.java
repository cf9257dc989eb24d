package io.github.novu4j.framework;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code execute} and {@code preview}: validate the payload, hydrate the results of the steps before the target
 * from {@code state[]}, fill and render the target's controls, then run only the target step.
 */
final class Execution {

	private Execution() {
	}

	static Map<String, Object> run(Map<String, Workflow<?>> workflows, Map<String, String> query, JsonNode body,
			boolean preview) {
		long started = System.nanoTime();
		String workflowId = query.getOrDefault("workflowId", "");
		String stepId = query.getOrDefault("stepId", "");
		Workflow<?> workflow = workflows.get(workflowId);
		if (workflow == null) {
			throw new BridgeException(404, "WorkflowNotFoundError",
					"Workflow with id: `" + workflowId + "` does not exist. Please provide a valid id.");
		}
		Map<String, Object> outcome = runWorkflow(workflow, stepId, body, preview);
		Map<String, Object> metadata = new LinkedHashMap<>();
		metadata.put("status", "success");
		metadata.put("error", false);
		metadata.put("duration", (System.nanoTime() - started) / 1_000_000.0);
		outcome.put("metadata", metadata);
		return outcome;
	}

	private static <P> Map<String, Object> runWorkflow(Workflow<P> workflow, String stepId, JsonNode body,
			boolean preview) {
		Step<P, ?, ?> target = workflow.step(stepId)
			.orElseThrow(() -> new BridgeException(404, "StepNotFoundError",
					"Step with id: `" + stepId + "` was not found in workflow `" + workflow.id() + "`.",
					Map.of("workflowId", workflow.id(), "stepId", stepId)));
		JsonNode payload = validate(member(body, "payload"), Schemas.INSTANCE.schema(workflow.payload()), "/payload",
				preview, "ExecutionEventPayloadInvalidError", workflow.id(), stepId);
		Map<String, JsonNode> results = hydrate(workflow, stepId, body, preview);
		JsonNode controls = body.get("controls");
		if (controls == null || controls.isNull()) {
			if (!preview) {
				throw new BridgeException(400, "ExecutionStateControlInvalidError", "Workflow with id: `" + workflow.id()
						+ "` has an invalid state. Step with id: `" + stepId + "` has no controls.",
						Map.of("workflowId", workflow.id(), "stepId", stepId));
			}
			controls = JsonNodeFactory.instance.objectNode();
		}
		controls = validate(controls, Schemas.INSTANCE.schema(target.controls()), "/controls", false,
				"ExecutionStateControlInvalidError", workflow.id(), stepId);

		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("payload", Liquid.plain(payload));
		variables.put("subscriber", Liquid.plain(member(body, "subscriber")));
		variables.put("context", Liquid.plain(member(body, "context")));
		variables.put("env", Liquid.plain(member(body, "env")));
		Map<String, Object> workflowVariable = new LinkedHashMap<>();
		workflowVariable.put("workflowId", workflow.id());
		workflowVariable.put("name", workflow.name());
		workflowVariable.put("tags", workflow.tags());
		variables.put("workflow", workflowVariable);
		Map<String, Object> steps = new LinkedHashMap<>();
		results.forEach((id, result) -> steps.put(id, Liquid.plain(result)));
		variables.put("steps", steps);
		JsonNode rendered = Liquid.render(controls, variables, workflow.id(), stepId);

		return runStep(workflow, target, payload, rendered, body, results, preview);
	}

	private static <P, C, O> Map<String, Object> runStep(Workflow<P> workflow, Step<P, C, O> step, JsonNode payloadJson,
			JsonNode controlsJson, JsonNode body, Map<String, JsonNode> results, boolean preview) {
		P payload = convert(payloadJson, workflow.payload().type(), "ExecutionEventPayloadInvalidError", workflow, step);
		C controls = convert(controlsJson, step.controls().type(), "ExecutionStateControlInvalidError", workflow, step);
		Subscriber subscriber = convert(member(body, "subscriber"), Subscriber.class,
				"ExecutionEventPayloadInvalidError", workflow, step);
		@SuppressWarnings("unchecked")
		Map<String, Object> context = (Map<String, Object>) Liquid.plain(member(body, "context"));
		StepContext<P, C> ctx = new StepContext<>(payload, controls, subscriber, context, new StepContext.ResultReader() {

			@Override
			public @Nullable Object raw(String id) {
				return results.get(id);
			}

			@Override
			public <R> R read(String id, Class<R> type) {
				return Schemas.JSON.treeToValue(results.get(id), type);
			}
		});
		Map<String, Object> outcome = new LinkedHashMap<>();
		if (!preview && step.skip() != null && skips(step, ctx, workflow)) {
			outcome.put("outputs", Map.of());
			outcome.put("providers", Map.of());
			outcome.put("options", Map.of("skip", true));
			return outcome;
		}
		O output;
		try {
			output = step.resolver().resolve(ctx);
		}
		catch (Exception ex) {
			throw new BridgeException(502, "StepExecutionFailedError", "Failed to execute workflow: `" + workflow.id()
					+ "`, step: `" + step.id() + "`: " + ex.getClass().getSimpleName(),
					Map.of("workflowId", workflow.id(), "stepId", step.id()));
		}
		if (output == null) {
			throw new BridgeException(502, "StepExecutionFailedError", "Failed to execute workflow: `" + workflow.id()
					+ "`, step: `" + step.id() + "`: the resolver returned null",
					Map.of("workflowId", workflow.id(), "stepId", step.id()));
		}
		JsonNode outputs = validate(Schemas.JSON.valueToTree(output), Schemas.INSTANCE.schema(step.outputType()),
				"/outputs", false, "ExecutionStateOutputInvalidError", workflow.id(), step.id());
		Map<String, Object> providers = new LinkedHashMap<>();
		step.options().providers().forEach((providerId, provider) -> providers.put(providerId,
				runProvider(workflow, step, providerId, provider, controls, outputs, preview)));
		boolean sanitize = OutputSanitizer.applies(step.type(), step.options().outputSanitizationDisabled());
		outcome.put("outputs", sanitize ? OutputSanitizer.sanitizeStrings(outputs) : outputs);
		outcome.put("providers", providers);
		outcome.put("options", Map.of("skip", false));
		return outcome;
	}

	/**
	 * A provider override: computed from the controls and the validated (not yet sanitised) output, which it receives
	 * as the output record; checked to be a JSON object; its {@code _passthrough} member kept as returned.
	 */
	private static <C, O> JsonNode runProvider(Workflow<?> workflow, Step<?, C, O> step, String providerId,
			ProviderResolver<C, O> provider, C controls, JsonNode outputs, boolean preview) {
		String failure;
		try {
			Object result = provider.resolve(controls, Schemas.JSON.treeToValue(outputs, step.outputType()));
			JsonNode json = result == null ? null : Schemas.JSON.valueToTree(result);
			if (json != null && json.isObject()) {
				return json;
			}
			failure = "its output is not a JSON object";
		}
		catch (Exception ex) {
			failure = ex.getClass().getSimpleName();
		}
		// @novu/framework answers every provider failure, a wrong output included, as ProviderExecutionFailedError
		// (and mocks the provider's output in preview).
		if (preview) {
			return JsonNodeFactory.instance.objectNode();
		}
		throw new BridgeException(502, "ProviderExecutionFailedError", "Failed to execute provider: `" + providerId
				+ "` of workflow: `" + workflow.id() + "`, step: `" + step.id() + "`: " + failure,
				Map.of("workflowId", workflow.id(), "stepId", step.id(), "providerId", providerId));
	}

	private static <P, C> boolean skips(Step<P, C, ?> step, StepContext<P, C> ctx, Workflow<P> workflow) {
		try {
			return step.skip().skip(ctx);
		}
		catch (RuntimeException ex) {
			throw new BridgeException(502, "StepExecutionFailedError", "Failed to execute workflow: `" + workflow.id()
					+ "`, step: `" + step.id() + "`: the skip predicate threw " + ex.getClass().getSimpleName(),
					Map.of("workflowId", workflow.id(), "stepId", step.id()));
		}
	}

	private static <P> Map<String, JsonNode> hydrate(Workflow<P> workflow, String stepId, JsonNode body,
			boolean preview) {
		JsonNode state = body.get("state");
		Map<String, JsonNode> results = new LinkedHashMap<>();
		for (Step<P, ?, ?> earlier : workflow.steps()) {
			if (earlier.id().equals(stepId)) {
				break;
			}
			JsonNode entry = null;
			if (state != null && state.isArray()) {
				for (JsonNode candidate : state) {
					if (earlier.id().equals(candidate.path("stepId").asString(null))) {
						entry = candidate;
						break;
					}
				}
			}
			ObjectNode schema = Schemas.INSTANCE.schema(earlier.resultType());
			if (entry == null) {
				if (!preview) {
					throw new BridgeException(400, "ExecutionStateCorruptError",
							"Workflow with id: `" + workflow.id() + "` has a corrupt state. Step with id: `" + earlier.id()
									+ "` does not exist. Please provide the missing state.",
							Map.of("workflowId", workflow.id(), "stepId", earlier.id()));
				}
				results.put(earlier.id(), Schemas.mockValue(schema));
				continue;
			}
			results.put(earlier.id(), validate(member(entry, "outputs"), schema, "/state/" + earlier.id(), preview,
					"ExecutionStateResultInvalidError", workflow.id(), earlier.id()));
		}
		return results;
	}

	private static JsonNode member(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return value == null || value.isNull() ? JsonNodeFactory.instance.objectNode() : value;
	}

	private static JsonNode validate(JsonNode value, JsonNode schema, String path, boolean mock, String code,
			String workflowId, String stepId) {
		try {
			return Schemas.apply(value, schema, path, mock);
		}
		catch (Schemas.Invalid ex) {
			throw new BridgeException(400, code, "Workflow with id: `" + workflowId + "`, step `" + stepId
					+ "`: " + ex.getMessage(), ex.errors());
		}
	}

	private static <T> T convert(JsonNode json, Class<T> type, String code, Workflow<?> workflow, Step<?, ?, ?> step) {
		try {
			return Schemas.JSON.treeToValue(json, type);
		}
		catch (JacksonException ex) {
			throw new BridgeException(400, code, "Workflow with id: `" + workflow.id() + "`, step `" + step.id()
					+ "`: the JSON does not fit " + type.getSimpleName(),
					Map.of("workflowId", workflow.id(), "stepId", step.id()));
		}
	}
}
