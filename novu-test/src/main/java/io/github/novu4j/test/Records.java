package io.github.novu4j.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One in-memory collection of the local Novu (integrations, agents, domains, ...): JSON-like records keyed by the
 * id their routes use, in creation order, each with a hidden MongoDB-like cursor. Forgotten on
 * {@link NovuState#reset()}. Only used under the state's lock.
 */
final class Records {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Map<String, Entry> entries = new LinkedHashMap<>();

	private final Function<String, String> notFound;

	private final Function<String, String> conflict;

	/**
	 * @param state the state whose reset clears the collection
	 * @param notFound Novu's 404 message for a key
	 * @param conflict Novu's 409 message for a key that already exists
	 */
	Records(NovuState state, Function<String, String> notFound, Function<String, String> conflict) {
		this.notFound = notFound;
		this.conflict = conflict;
		state.onReset(this.entries::clear);
	}

	@Nullable Map<String, @Nullable Object> get(String key) {
		Entry entry = this.entries.get(key);
		return (entry != null) ? entry.record() : null;
	}

	boolean has(String key) {
		return this.entries.containsKey(key);
	}

	/** Stores a new record (or replaces the one of that key, keeping its place and cursor). */
	Map<String, @Nullable Object> put(String key, Map<String, @Nullable Object> record) {
		Entry old = this.entries.get(key);
		this.entries.put(key, new Entry((old != null) ? old.cursor() : NovuState.objectId(), record));
		return record;
	}

	/** Moves a record to another key (a rename), keeping its cursor. */
	void rekey(String oldKey, String newKey) {
		Entry entry = this.entries.remove(oldKey);
		if (entry != null) {
			this.entries.put(newKey, entry);
		}
	}

	@Nullable Map<String, @Nullable Object> remove(String key) {
		Entry entry = this.entries.remove(key);
		return (entry != null) ? entry.record() : null;
	}

	List<Map<String, @Nullable Object>> all() {
		List<Map<String, @Nullable Object>> all = new ArrayList<>();
		this.entries.values().forEach((e) -> all.add(e.record()));
		return all;
	}

	/** @return the first record that matches, or {@code null} */
	@Nullable Map<String, @Nullable Object> find(Predicate<Map<String, @Nullable Object>> filter) {
		return all().stream().filter(filter).findFirst().orElse(null);
	}

	Reply notFound(String key, NovuState.Request request) {
		return Reply.notFound(this.notFound.apply(key), request.path());
	}

	Reply conflict(String key, NovuState.Request request) {
		return Reply.error(409, "Conflict", this.conflict.apply(key), request.path());
	}

	/**
	 * The cursor page of WIRE-FORMAT-CURRENT §D over the records that pass the filter, bare.
	 * @return the page, or Novu's 422/400 for a bad limit or both cursors
	 */
	Reply page(NovuState.Request request, Predicate<Map<String, @Nullable Object>> filter) {
		Reply invalid = NovuState.cursorProblems(request);
		if (invalid != null) {
			return invalid;
		}
		List<Entry> matching = this.entries.values().stream().filter((e) -> filter.test(e.record())).toList();
		Map<String, @Nullable Object> page = NovuState.cursorPage(request, matching, Entry::cursor);
		@SuppressWarnings("unchecked")
		List<Entry> data = (List<Entry>) page.get("data");
		page.put("data", data.stream().map(Entry::record).toList());
		return Reply.of(200, page);
	}

	/** Runs the action on the record of the key, or answers Novu's 404. */
	Reply with(String key, NovuState.Request request, Function<Map<String, @Nullable Object>, Reply> action) {
		Map<String, @Nullable Object> record = get(key);
		return (record != null) ? action.apply(record) : notFound(key, request);
	}

	// ---------------------------------------------------------------- record helpers shared by the routes

	/** A new record with the fields every stored Novu document has: {@code _id}, environment, organization, times. */
	static Map<String, @Nullable Object> document(NovuState state) {
		Map<String, @Nullable Object> record = new LinkedHashMap<>();
		record.put("_id", NovuState.objectId());
		record.put("_environmentId", state.environment().get("_id"));
		record.put("_organizationId", state.environment().get("_organizationId"));
		String now = NovuState.now();
		record.put("createdAt", now);
		record.put("updatedAt", now);
		return record;
	}

	/** Copies the named fields the body carries (JSON {@code null} included) into the record. */
	static void copy(@Nullable JsonNode body, Map<String, @Nullable Object> record, String... fields) {
		if (body == null || !body.isObject()) {
			return;
		}
		for (String field : fields) {
			if (body.has(field)) {
				record.put(field, value(body.get(field)));
			}
		}
	}

	/** Copies the fields and stamps {@code updatedAt}. */
	static Map<String, @Nullable Object> update(@Nullable JsonNode body, Map<String, @Nullable Object> record,
			String... fields) {
		copy(body, record, fields);
		record.put("updatedAt", NovuState.now());
		return record;
	}

	static @Nullable Object value(@Nullable JsonNode node) {
		return (node == null || node.isNull()) ? null : JSON.treeToValue(node, Object.class);
	}

	/** @return the text of a string field, or {@code null} when absent, not a string or blank */
	static @Nullable String text(@Nullable JsonNode body, String field) {
		JsonNode node = (body != null) ? body.get(field) : null;
		return (node != null && node.isString() && !node.asString().isBlank()) ? node.asString() : null;
	}

	/**
	 * The DTO check of the 2026 server: 422 {@code Validation Error} naming each missing string field.
	 * @return the 422, or {@code null} when every field is a non-blank string
	 */
	static @Nullable Reply requireText(NovuState.Request request, String... fields) {
		List<String> problems = new ArrayList<>();
		for (String field : fields) {
			if (text(request.json(), field) == null) {
				problems.add(field + " should not be empty");
				problems.add(field + " must be a string");
			}
		}
		return problems.isEmpty() ? null : Reply.validationError(request.path(), problems.toArray(String[]::new));
	}

	/** A short random suffix like Novu's {@code shortId} (lower case letters and digits). */
	static String shortId() {
		String id = NovuState.objectId();
		return id.substring(id.length() - 6);
	}

	private record Entry(String cursor, Map<String, @Nullable Object> record) {
	}

}
