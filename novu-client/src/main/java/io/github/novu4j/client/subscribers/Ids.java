package io.github.novu4j.client.subscribers;

import java.util.List;
import java.util.Objects;

/**
 * Checks of id lists sent in bodies or queries.
 */
final class Ids {

	private Ids() {
	}

	/**
	 * @param ids the ids
	 * @param name their field, for the message
	 * @param atLeastOne whether an empty list is rejected
	 * @return an immutable copy
	 * @throws IllegalArgumentException if an id is null or blank, or the list is empty when it must not be
	 */
	static List<String> requireAll(List<String> ids, String name, boolean atLeastOne) {
		Objects.requireNonNull(ids, name);
		if (atLeastOne && ids.isEmpty()) {
			throw new IllegalArgumentException(name + " needs at least one id");
		}
		for (int i = 0; i < ids.size(); i++) {
			String id = ids.get(i);
			if (id == null || id.isBlank()) {
				throw new IllegalArgumentException(name + "[" + i + "] must not be blank");
			}
		}
		return List.copyOf(ids);
	}

}
