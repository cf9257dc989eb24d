package io.github.novu4j.client.v2.topics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a topic subscription's {@code preferences}: a workflow id (the workflow is on), a
 * workflow with {@code enabled} or a JSON Logic {@code condition} ({@code WorkflowPreferenceRequestDto}),
 * or a group of workflows selected by ids and tags ({@code GroupPreferenceFilterDto}).
 *
 * <pre>{@code
 * PreferenceRule.workflow("order-shipped");
 * PreferenceRule.workflow("digest", false);
 * PreferenceRule.workflowWhen("promo", Map.of("===", List.of(Map.of("var", "payload.tier"), "premium")));
 * PreferenceRule.group(List.of(), List.of("marketing"), false);
 * }</pre>
 */
public final class PreferenceRule {

	private final Object json;

	private PreferenceRule(Object json) {
		this.json = json;
	}

	/**
	 * @param workflowId the workflow identifier
	 * @return the rule "this workflow notifies"
	 */
	public static PreferenceRule workflow(String workflowId) {
		return new PreferenceRule(PathSegments.requireId(workflowId, "workflowId"));
	}

	/**
	 * @param workflowId the workflow identifier
	 * @param enabled whether it notifies through the subscription
	 * @return the rule
	 */
	public static PreferenceRule workflow(String workflowId, boolean enabled) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("workflowId", PathSegments.requireId(workflowId, "workflowId"));
		rule.put("enabled", enabled);
		return new PreferenceRule(Collections.unmodifiableMap(rule));
	}

	/**
	 * @param workflowId the workflow identifier
	 * @param condition a JSON Logic condition, evaluated at fan-out time against the payload, the
	 * subscriber, the actor and the context
	 * @return the rule
	 */
	public static PreferenceRule workflowWhen(String workflowId, Map<String, ? extends @Nullable Object> condition) {
		Objects.requireNonNull(condition, "condition");
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("workflowId", PathSegments.requireId(workflowId, "workflowId"));
		rule.put("condition", Collections.unmodifiableMap(new LinkedHashMap<>(condition)));
		return new PreferenceRule(Collections.unmodifiableMap(rule));
	}

	/**
	 * @param workflowIds the workflows of the group (may be empty when tags are given)
	 * @param tags the workflow tags of the group (may be empty when ids are given)
	 * @param enabled whether they notify through the subscription
	 * @return the rule
	 * @throws IllegalArgumentException if both lists are empty
	 */
	public static PreferenceRule group(List<String> workflowIds, List<String> tags, boolean enabled) {
		List<String> ids = List.copyOf(workflowIds);
		List<String> tagList = List.copyOf(tags);
		if (ids.isEmpty() && tagList.isEmpty()) {
			throw new IllegalArgumentException("a group preference needs workflow ids or tags");
		}
		Map<String, Object> filter = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			filter.put("workflowIds", ids);
		}
		if (!tagList.isEmpty()) {
			filter.put("tags", tagList);
		}
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("filter", Collections.unmodifiableMap(filter));
		rule.put("enabled", enabled);
		return new PreferenceRule(Collections.unmodifiableMap(rule));
	}

	/** @return the rule as it goes on the wire: a string or an object */
	@JsonValue
	public Object toJson() {
		return this.json;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof PreferenceRule that) && this.json.equals(that.json);
	}

	@Override
	public int hashCode() {
		return this.json.hashCode();
	}

	@Override
	public String toString() {
		return "PreferenceRule[" + this.json + "]";
	}

}
