package io.github.novu4j.framework;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import liqp.TemplateContext;
import liqp.filters.Filter;
import org.jspecify.annotations.Nullable;

/**
 * The filters {@code @novu/framework} 2.13.2 adds to Liquid, written for liqp from their observed behaviour:
 * {@code digest}, {@code toSentence} and {@code pluralize}. English plurals are made with simple rules
 * (y to ies, s/x/z/ch/sh + es, else + s), where the TypeScript SDK uses the {@code pluralize} npm package,
 * which also knows irregular nouns.
 */
final class LiquidFilters {

	private LiquidFilters() {
	}

	static List<Filter> all() {
		return List.of(new Digest(), new ToSentence(), new Pluralize());
	}

	/** {@code {{ events | digest: 2, "payload.name", ", " }}}: "A, B and 3 others". */
	static final class Digest extends Filter {

		Digest() {
			super("digest");
		}

		@Override
		public Object apply(Object value, TemplateContext context, Object... params) {
			List<String> words = words(value, text(param(params, 1), ""));
			if (words.isEmpty()) {
				return "";
			}
			int max = (int) number(param(params, 0), 2);
			String separator = text(param(params, 2), ", ");
			if (words.size() == 1) {
				return words.get(0);
			}
			if (words.size() == 2) {
				return words.get(0) + " and " + words.get(1);
			}
			if (max >= words.size()) {
				return String.join(separator, words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
			}
			int others = words.size() - max;
			return String.join(separator, words.subList(0, Math.max(max, 0))) + " and " + others + " "
					+ (others == 1 ? "other" : "others");
		}
	}

	/** {@code {{ events | toSentence: "payload.name", 2, "other" }}}: "A, B, and 3 others". */
	static final class ToSentence extends Filter {

		ToSentence() {
			super("toSentence");
		}

		@Override
		public Object apply(Object value, TemplateContext context, Object... params) {
			List<String> words = words(value, text(param(params, 0), ""));
			int limit = (int) number(param(params, 1), 2);
			String overflow = text(param(params, 2), "other");
			String wordsConnector = text(param(params, 3), ", ");
			String twoWords = text(param(params, 4), " and ");
			String lastWord = text(param(params, 5), ", and ");
			int size = words.size();
			if (size == 0) {
				return "";
			}
			if (size == 1) {
				return words.get(0);
			}
			if (size == 2) {
				return words.get(0) + twoWords + words.get(1);
			}
			if (limit >= size) {
				return String.join(wordsConnector, words.subList(0, size - 1)) + lastWord + words.get(size - 1);
			}
			int more = size - limit;
			return String.join(wordsConnector, words.subList(0, Math.max(limit, 0))) + (limit == 1 ? twoWords : lastWord)
					+ more + " " + plural(overflow, more);
		}
	}

	/** {@code {{ count | pluralize: "event", "", "true" }}}: "2 events"; the count is shown unless the third argument is not "true". */
	static final class Pluralize extends Filter {

		Pluralize() {
			super("pluralize");
		}

		@Override
		public Object apply(Object value, TemplateContext context, Object... params) {
			if (value == null) {
				return "";
			}
			long count = count(value);
			if (count <= 0) {
				return "";
			}
			String singular = text(param(params, 0), "");
			String pluralForm = text(param(params, 1), "");
			String word = pluralForm.isEmpty() ? plural(singular, count) : (count == 1 ? singular : pluralForm);
			return "true".equals(text(param(params, 2), "true")) ? count + " " + word : word;
		}

		private static long count(Object value) {
			if (value instanceof Collection<?> collection) {
				return collection.size();
			}
			if (value instanceof Object[] array) {
				return array.length;
			}
			if (value instanceof Map<?, ?> map) {
				return map.size();
			}
			if (value instanceof Number number) {
				return number.longValue();
			}
			try {
				return (long) Double.parseDouble(value.toString().trim());
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}
	}

	static String plural(String word, long count) {
		if (count == 1 || word.isEmpty()) {
			return word;
		}
		String lower = word.toLowerCase(Locale.ROOT);
		if (lower.endsWith("y") && lower.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
			return word.substring(0, word.length() - 1) + "ies";
		}
		if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch")
				|| lower.endsWith("sh")) {
			return word + "es";
		}
		return word + "s";
	}

	private static @Nullable Object param(Object[] params, int index) {
		return index < params.length ? params[index] : null;
	}

	private static String text(@Nullable Object value, String fallback) {
		return value == null ? fallback : value.toString();
	}

	private static double number(@Nullable Object value, double fallback) {
		if (value instanceof Number number) {
			return number.doubleValue();
		}
		if (value == null) {
			return fallback;
		}
		try {
			return Double.parseDouble(value.toString());
		}
		catch (NumberFormatException ex) {
			return fallback;
		}
	}

	/** The items of a list, or the value at {@code keyPath} of each. */
	private static List<String> words(@Nullable Object value, String keyPath) {
		List<?> items;
		if (value instanceof List<?> list) {
			items = list;
		}
		else if (value instanceof Object[] array) {
			items = Arrays.asList(array);
		}
		else {
			return List.of();
		}
		List<String> words = new ArrayList<>();
		for (Object item : items) {
			if (keyPath.isEmpty()) {
				words.add(String.valueOf(item));
				continue;
			}
			Object current = item;
			for (String key : keyPath.split("\\.")) {
				current = current instanceof Map<?, ?> map ? map.get(key) : null;
			}
			words.add(current == null || (current instanceof Map<?, ?> map && map.isEmpty()) ? ""
					: current instanceof Map<?, ?> || current instanceof List<?> ? Schemas.JSON.writeValueAsString(current)
							: current.toString());
		}
		return words;
	}
}
