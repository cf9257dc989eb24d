package io.github.novu4j.framework;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The {@code discover} answer: every workflow with its payload, controls, output and result schemas. */
final class Discovery {

	private Discovery() {
	}

	static Map<String, Object> discover(Collection<Workflow<?>> workflows) {
		List<Object> described = new ArrayList<>();
		workflows.forEach(workflow -> described.add(describe(workflow)));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("workflows", described);
		body.put("agents", List.of());
		return body;
	}

	private static Map<String, Object> describe(Workflow<?> workflow) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("workflowId", workflow.id());
		json.put("severity", "none");
		json.put("name", workflow.name());
		if (workflow.description() != null) {
			json.put("description", workflow.description());
		}
		json.put("tags", workflow.tags());
		json.put("preferences", workflow.preferencesJson());
		json.put("payload", schemaPair(Schemas.INSTANCE.schema(workflow.payload())));
		json.put("controls", schemaPair(Schemas.INSTANCE.schema(JsonType.none())));
		json.put("env", schemaPair(Schemas.INSTANCE.schema(JsonType.none())));
		json.put("code", workflowCode(workflow));
		List<Object> steps = new ArrayList<>();
		for (Step<?, ?, ?> step : workflow.steps()) {
			Map<String, Object> stepJson = new LinkedHashMap<>();
			stepJson.put("stepId", step.id());
			stepJson.put("type", step.type().wireName());
			stepJson.put("controls", schemaPair(Schemas.INSTANCE.schema(step.controls())));
			stepJson.put("outputs", schemaPair(Schemas.INSTANCE.schema(step.outputType())));
			stepJson.put("results", schemaPair(Schemas.INSTANCE.schema(step.resultType())));
			stepJson.put("code", stepCode(workflow, step));
			stepJson.put("options", step.options().outputSanitizationDisabled()
					? Map.of("disableOutputSanitization", true) : Map.of());
			List<Object> providers = new ArrayList<>();
			for (String providerId : step.options().providers().keySet()) {
				Map<String, Object> provider = new LinkedHashMap<>();
				provider.put("type", providerId);
				provider.put("code", "// " + providerId + " override of step `" + step.id() + "`, declared in Java");
				provider.put("outputs", schemaPair(providerSchema()));
				providers.add(provider);
			}
			stepJson.put("providers", providers);
			steps.add(stepJson);
		}
		json.put("steps", steps);
		return json;
	}

	/**
	 * The {@code code} member: {@code @novu/framework} sends the workflow's JavaScript source, which Novu's dashboard
	 * shows; a Java bridge has no source to send, so it says where the workflow comes from instead.
	 */
	static String workflowCode(Workflow<?> workflow) {
		return "// Workflow `" + workflow.id() + "` is declared in Java (novu-framework), steps: "
				+ String.join(", ", workflow.stepIds());
	}

	static String stepCode(Workflow<?> workflow, Step<?, ?, ?> step) {
		return "// Step `" + step.id() + "` (" + step.type().wireName() + ") of workflow `" + workflow.id()
				+ "` is declared in Java (novu-framework)";
	}

	/** A provider override's output: any JSON object (Novu's generic provider schema). */
	private static ObjectNode providerSchema() {
		ObjectNode schema = JsonNodeFactory.instance.objectNode();
		schema.put("type", "object");
		schema.set("properties", JsonNodeFactory.instance.objectNode());
		schema.set("required", JsonNodeFactory.instance.arrayNode());
		schema.put("additionalProperties", true);
		return schema;
	}

	private static Map<String, JsonNode> schemaPair(ObjectNode schema) {
		Map<String, JsonNode> pair = new LinkedHashMap<>();
		pair.put("schema", schema);
		pair.put("unknownSchema", schema.deepCopy());
		return pair;
	}
}
