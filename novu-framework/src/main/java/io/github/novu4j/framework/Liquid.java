package io.github.novu4j.framework;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import liqp.Template;
import liqp.TemplateContext;
import liqp.nodes.LNode;
import liqp.tags.Tag;
import liqp.TemplateParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renders every string of a step's controls as a Liquid template (liqp), with the variables
 * {@code payload}, {@code subscriber}, {@code context}, {@code env}, {@code workflow} and {@code steps.<id>}, and
 * Novu's filters ({@link LiquidFilters}).
 */
final class Liquid {

	private static final TemplateParser PARSER = parser();

	private static TemplateParser parser() {
		TemplateParser.Builder builder = new TemplateParser.Builder().withMaxRenderTimeMillis(2_000)
			.withMaxIterations(10_000)
			.withMaxSizeRenderedString(1_000_000);
		LiquidFilters.all().forEach(builder::withFilter);
		// Templates come from Novu's dashboard: they must not read the bridge's files.
		builder.withTag(new NoFileAccess("include")).withTag(new NoFileAccess("include_relative"));
		return builder.build();
	}

	/** A Liquid tag: an output {@code {{ }}} or a tag {@code {% %}}. */
	private static final Pattern TAG = Pattern.compile("\\{\\{.*?\\}\\}|\\{%.*?%\\}", Pattern.DOTALL);

	/** A dotted member whose name has a hyphen, as in {@code steps.digest-step.events}. */
	private static final Pattern HYPHENATED = Pattern.compile("\\.([A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+)");

	private Liquid() {
	}

	/**
	 * liquidjs reads {@code steps.digest-step} as a member with a hyphen; liqp's grammar does not, so such members are
	 * rewritten to the equivalent {@code steps["digest-step"]} inside tags before parsing.
	 */
	static String bracketHyphenatedMembers(String template) {
		Matcher tags = TAG.matcher(template);
		StringBuilder out = new StringBuilder();
		while (tags.find()) {
			String rewritten = HYPHENATED.matcher(tags.group()).replaceAll("[\"$1\"]");
			tags.appendReplacement(out, Matcher.quoteReplacement(rewritten));
		}
		tags.appendTail(out);
		return out.toString();
	}

	/** A copy of the value whose strings are rendered; throws {@link BridgeException} when a template does not compile. */
	static JsonNode render(JsonNode value, Map<String, Object> variables, String workflowId, String stepId) {
		if (value.isString()) {
			String text = value.asString();
			if (!text.contains("{{") && !text.contains("{%")) {
				return value;
			}
			try {
				Template template = PARSER.parse(bracketHyphenatedMembers(text));
				return JsonNodeFactory.instance.stringNode(template.render(variables));
			}
			catch (RuntimeException ex) {
				throw new BridgeException(400, "StepControlCompilationFailedError",
						"Workflow with id: `" + workflowId + "` has an invalid Liquid template in the controls of step `"
								+ stepId + "`: " + ex.getMessage(),
						Map.of("workflowId", workflowId, "stepId", stepId));
			}
		}
		if (value.isObject()) {
			ObjectNode result = JsonNodeFactory.instance.objectNode();
			for (Map.Entry<String, JsonNode> member : value.properties()) {
				result.set(member.getKey(), render(member.getValue(), variables, workflowId, stepId));
			}
			return result;
		}
		if (value.isArray()) {
			ArrayNode result = JsonNodeFactory.instance.arrayNode();
			for (JsonNode item : value) {
				result.add(render(item, variables, workflowId, stepId));
			}
			return result;
		}
		return value;
	}

	/** Plain maps, lists, strings, numbers and booleans for liqp (which does not know Jackson 3 nodes). */
	static Object plain(JsonNode node) {
		if (node.isObject()) {
			Map<String, Object> map = new PrintedAsJson(node);
			for (Map.Entry<String, JsonNode> member : node.properties()) {
				map.put(member.getKey(), plain(member.getValue()));
			}
			return map;
		}
		if (node.isArray()) {
			List<Object> list = new ArrayList<>();
			node.forEach(item -> list.add(plain(item)));
			return list;
		}
		if (node.isString()) {
			return node.asString();
		}
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		if (node.isNumber()) {
			return node.asDouble();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		return "";
	}

	/**
	 * An object as liqp sees it; printed ({@code {{ payload }}}) the way {@code @novu/framework} prints objects:
	 * compact JSON with its double quotes turned into single quotes.
	 */
	private static final class PrintedAsJson extends LinkedHashMap<String, Object> {

		private static final long serialVersionUID = 1L;

		private final transient JsonNode json;

		PrintedAsJson(JsonNode json) {
			this.json = json;
		}

		@Override
		public String toString() {
			return json.toString().replace('"', '\'');
		}

		@Override
		public boolean equals(Object other) {
			return super.equals(other);
		}

		@Override
		public int hashCode() {
			return super.hashCode();
		}
	}

	/** Replaces liqp's file-reading tags: a template that uses one fails to render. */
	private static final class NoFileAccess extends Tag {

		NoFileAccess(String name) {
			super(name);
		}

		@Override
		public Object render(TemplateContext context, LNode... nodes) {
			throw new IllegalArgumentException("the `" + getName() + "` tag is not supported");
		}
	}
}
