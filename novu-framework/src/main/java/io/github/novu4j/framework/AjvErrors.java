package io.github.novu4j.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import tools.jackson.databind.JsonNode;

/**
 * Turns networknt's validation errors into what {@code @novu/framework} answers in an error's {@code data}: ajv's first
 * error (ajv stops at the first failing keyword, in its own keyword order), as {@code [{path, message}]} in ajv's
 * words; a failure inside {@code anyOf}/{@code oneOf} lists every branch's error and then the combinator's, as ajv does.
 */
final class AjvErrors {

	/** ajv's evaluation order of keywords within one schema (type first, then number, string, array, object, others). */
	private static final List<String> ORDER = List.of("$ref", "type", "maximum", "minimum", "exclusiveMaximum",
			"exclusiveMinimum", "multipleOf", "maxLength", "minLength", "pattern", "format", "maxItems", "minItems",
			"uniqueItems", "additionalItems", "items", "contains", "maxProperties", "minProperties", "required",
			"dependencies", "propertyNames", "additionalProperties", "properties", "patternProperties", "const", "enum",
			"not", "anyOf", "oneOf", "allOf", "if", "then", "else");

	private AjvErrors() {
	}

	/**
	 * @param errors networknt's errors, in any order
	 * @param schema the schema they come from
	 * @param validator validates a value against a sub-schema (to list a failed {@code oneOf}'s branch errors,
	 * which networknt folds into one)
	 */
	static List<Map<String, String>> first(List<Error> errors, JsonNode schema,
			BiFunction<JsonNode, JsonNode, List<Error>> validator) {
		List<Error> sorted = new ArrayList<>(errors);
		sorted.sort(Comparator.comparing(error -> order(error, schema), AjvErrors::compare));
		Error first = sorted.get(0);
		if ("oneOf".equals(first.getKeyword()) && first.getSchemaNode() != null && first.getSchemaNode().isArray()) {
			return branches(first, validator);
		}
		NodePath evaluation = first.getEvaluationPath();
		int combinator = -1;
		for (int i = 0; i < evaluation.getNameCount(); i++) {
			Object segment = evaluation.getElement(i);
			if ("anyOf".equals(segment) || "oneOf".equals(segment)) {
				combinator = i;
				break;
			}
		}
		List<Map<String, String>> reported = new ArrayList<>();
		if (combinator < 0) {
			reported.add(entry(first.getInstanceLocation().toString(), message(first)));
			return reported;
		}
		String prefix = prefix(evaluation, combinator + 1);
		for (Error error : sorted) {
			if (prefix(error.getEvaluationPath(), combinator + 1).equals(prefix)) {
				reported.add(entry(error.getInstanceLocation().toString(), message(error)));
			}
		}
		String keyword = evaluation.getElement(combinator).toString();
		reported.add(entry(instanceOf(evaluation, combinator, first.getInstanceLocation()),
				keyword.equals("anyOf") ? "must match a schema in anyOf" : "must match exactly one schema in oneOf"));
		return reported;
	}

	/** ajv's answer to a failed {@code oneOf}: each failing branch's first error, then the combinator's. */
	private static List<Map<String, String>> branches(Error oneOf, BiFunction<JsonNode, JsonNode, List<Error>> validator) {
		List<Map<String, String>> reported = new ArrayList<>();
		String at = oneOf.getInstanceLocation().toString();
		int valid = 0;
		for (JsonNode branch : oneOf.getSchemaNode()) {
			List<Error> errors = validator.apply(branch, oneOf.getInstanceNode());
			if (errors.isEmpty()) {
				valid++;
				continue;
			}
			Map<String, String> branchFirst = first(errors, branch, validator).get(0);
			reported.add(entry(at + branchFirst.get("path"), branchFirst.get("message")));
		}
		if (valid > 1) {
			reported.clear();
		}
		reported.add(entry(at, "must match exactly one schema in oneOf"));
		return reported;
	}

	private static Map<String, String> entry(String path, String message) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("path", path);
		entry.put("message", message);
		return entry;
	}

	private static String prefix(NodePath path, int length) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < Math.min(length, path.getNameCount()); i++) {
			out.append('/').append(path.getElement(i));
		}
		return out.toString();
	}

	/** Where the combinator applies: the instance location up to the members and items walked before it. */
	private static String instanceOf(NodePath evaluation, int combinator, NodePath instance) {
		int depth = 0;
		for (int i = 0; i < combinator; i++) {
			Object segment = evaluation.getElement(i);
			if ("properties".equals(segment)) {
				depth++;
				i++;
			}
			else if ("items".equals(segment) || "additionalProperties".equals(segment)) {
				depth++;
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < Math.min(depth, instance.getNameCount()); i++) {
			out.append('/').append(instance.getElement(i));
		}
		return out.toString();
	}

	/** The rank of each step of the error's evaluation path: keyword order, property order, branch index. */
	private static List<Integer> order(Error error, JsonNode schema) {
		List<Integer> ranks = new ArrayList<>();
		NodePath path = error.getEvaluationPath();
		JsonNode current = schema;
		for (int i = 0; i < path.getNameCount(); i++) {
			String keyword = String.valueOf(path.getElement(i));
			int rank = ORDER.indexOf(keyword);
			ranks.add(rank < 0 ? ORDER.size() : rank);
			JsonNode value = current.path(keyword);
			if ((keyword.equals("properties") || keyword.equals("anyOf") || keyword.equals("oneOf")
					|| keyword.equals("allOf")) && i + 1 < path.getNameCount()) {
				String member = String.valueOf(path.getElement(++i));
				ranks.add(value.isArray() ? Integer.parseInt(member) : indexOf(value, member));
				current = value.isArray() ? value.path(Integer.parseInt(member)) : value.path(member);
			}
			else {
				current = value;
			}
		}
		return ranks;
	}

	private static int indexOf(JsonNode object, String member) {
		int index = 0;
		for (String name : object.propertyNames()) {
			if (name.equals(member)) {
				return index;
			}
			index++;
		}
		return index;
	}

	private static int compare(List<Integer> left, List<Integer> right) {
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int compared = Integer.compare(left.get(i), right.get(i));
			if (compared != 0) {
				return compared;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	/**
	 * ajv's pair for an array without typed items: the highest index that repeats an earlier item, with the
	 * nearest such earlier index ({@code [1,2,1]}: {@code items ## 0 and 2 are identical}).
	 */
	private static String duplicates(JsonNode array) {
		for (int later = array.size() - 1; later > 0; later--) {
			for (int earlier = later - 1; earlier >= 0; earlier--) {
				if (array.get(earlier).equals(array.get(later))) {
					return "must NOT have duplicate items (items ## " + earlier + " and " + later + " are identical)";
				}
			}
		}
		return "must NOT have duplicate items";
	}

	/** ajv's English message for the failed keyword. */
	private static String message(Error error) {
		JsonNode limit = error.getSchemaNode();
		String value = limit == null ? "" : limit.isString() ? limit.asString() : String.valueOf(limit);
		switch (error.getKeyword()) {
			case "type":
				return "must be " + (limit != null && limit.isArray()
						? String.join(",", limit.valueStream().map(JsonNode::asString).toList()) : value);
			case "required":
				return "must have required property '" + error.getProperty() + "'";
			case "additionalProperties":
				return "must NOT have additional properties";
			case "format":
				return "must match format \"" + value + "\"";
			case "pattern":
				return "must match pattern \"" + value + "\"";
			case "minLength":
				return "must NOT have fewer than " + value + " characters";
			case "maxLength":
				return "must NOT have more than " + value + " characters";
			case "minimum":
				return "must be >= " + value;
			case "maximum":
				return "must be <= " + value;
			case "exclusiveMinimum":
				return "must be > " + value;
			case "exclusiveMaximum":
				return "must be < " + value;
			case "multipleOf":
				return "must be multiple of " + value;
			case "minItems":
				return "must NOT have fewer than " + value + " items";
			case "maxItems":
				return "must NOT have more than " + value + " items";
			case "uniqueItems":
				return duplicates(error.getInstanceNode());
			case "minProperties":
				return "must NOT have fewer than " + value + " properties";
			case "maxProperties":
				return "must NOT have more than " + value + " properties";
			case "enum":
				return "must be equal to one of the allowed values";
			case "const":
				return "must be equal to constant";
			case "not":
				return "must NOT be valid";
			default:
				return error.getMessage();
		}
	}
}
