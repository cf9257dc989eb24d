package io.github.novu4j.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sanitises email and in-app outputs with the rules {@code @novu/framework} 2.13.2 applies through sanitize-html: the
 * tags of sanitize-html's default list plus {@code style}, {@code img}, {@code html}, {@code head}, {@code body},
 * {@code link}, {@code meta} and {@code title} are kept with all their attributes except {@code on*} event handlers
 * ({@code img} keeps only its image attributes); URL attributes keep only {@code http}, {@code https}, {@code ftp},
 * {@code mailto}, {@code tel} and relative URLs ({@code cid:} and {@code data:} images lose their {@code src});
 * {@code script}, {@code textarea} and {@code option} are removed with their content; any other tag is removed and its content kept; text is escaped
 * ({@code &}, {@code <}, {@code >}). Whole documents keep their doctype, {@code head} and inline styles.
 */
final class OutputSanitizer {

	private static final Set<String> ALLOWED_TAGS = Set.of(
			// sanitize-html's defaults
			"address", "article", "aside", "footer", "header", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "main",
			"nav", "section", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure", "hr", "li", "menu", "ol",
			"p", "pre", "ul", "a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "i", "kbd",
			"mark", "q", "rb", "rp", "rt", "rtc", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time",
			"u", "var", "wbr", "caption", "col", "colgroup", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
			// added by @novu/framework for HTML email layouts
			"style", "img", "html", "head", "body", "link", "meta", "title");

	/** Removed together with their content (sanitize-html's non-text tags). */
	private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "textarea", "option");

	private static final Set<String> IMAGE_ATTRIBUTES = Set.of("src", "alt", "width", "height", "loading", "srcset",
			"sizes", "crossorigin", "usemap", "ismap", "class", "id", "style", "title", "dir", "lang");

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite", "action", "formaction", "data",
			"xlink:href", "poster", "background", "ping", "longdesc", "usemap", "codebase", "classid", "archive",
			"profile", "manifest", "itemid", "dynsrc", "lowsrc");

	private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "ftp", "mailto", "tel");

	private static final Set<String> VOID_TAGS = Set.of("img", "br", "hr", "area", "base", "basefont", "input",
			"link", "meta", "wbr", "col");

	private static final Pattern DOCTYPE = Pattern.compile("^<!DOCTYPE .*?>", Pattern.CASE_INSENSITIVE);

	private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9.+-]*):");

	private static final Pattern DOCUMENT = Pattern.compile("<html[\\s>]", Pattern.CASE_INSENSITIVE);

	private OutputSanitizer() {
	}

	/** Whether a step's outputs are sanitised: email and in-app, unless the step disables it. */
	static boolean applies(StepType type, boolean disabled) {
		return !disabled && (type == StepType.EMAIL || type == StepType.IN_APP);
	}

	/** A copy of the outputs whose strings, at any depth, are sanitised. */
	static JsonNode sanitizeStrings(JsonNode value) {
		if (value.isString()) {
			return JsonNodeFactory.instance.stringNode(sanitize(value.asString()));
		}
		if (value.isObject()) {
			ObjectNode copy = JsonNodeFactory.instance.objectNode();
			for (Map.Entry<String, JsonNode> member : value.properties()) {
				copy.set(member.getKey(), sanitizeStrings(member.getValue()));
			}
			return copy;
		}
		if (value.isArray()) {
			ArrayNode copy = JsonNodeFactory.instance.arrayNode();
			value.forEach(item -> copy.add(sanitizeStrings(item)));
			return copy;
		}
		return value;
	}

	/** One HTML string (or plain text, which comes back escaped). */
	static String sanitize(String html) {
		if (html.isEmpty()) {
			return html;
		}
		String doctype = "";
		String rest = html;
		Matcher matcher = DOCTYPE.matcher(html);
		if (matcher.find()) {
			doctype = matcher.group();
			rest = html.substring(matcher.end());
		}
		boolean wholeDocument = DOCUMENT.matcher(rest).find();
		Parser parser = Parser.htmlParser().setTrackPosition(true);
		Document document;
		if (wholeDocument) {
			document = parser.parseInput(rest, "");
		}
		else {
			document = Document.createShell("");
			document.body().appendChildren(parser.parseFragmentInput(rest, document.body(), ""));
		}
		document.outputSettings()
			.prettyPrint(false)
			.escapeMode(Entities.EscapeMode.xhtml)
			.charset("UTF-8");
		Element root = wholeDocument ? document : document.body();
		clean(root);
		String out = wholeDocument ? document.html() : document.body().html();
		// sanitize-html writes a no-break space as the character itself.
		return doctype + closeVoidTags(out).replace("&#xa0;", "\u00a0");
	}

	private static void clean(Element parent) {
		for (Node child : new ArrayList<>(parent.childNodes())) {
			if (!(child instanceof Element element)) {
				continue;
			}
			String tag = element.normalName();
			if (DROPPED_WITH_CONTENT.contains(tag)) {
				element.remove();
				continue;
			}
			clean(element);
			// sanitize-html keeps the structure it was given: no element the HTML5 parser added (a tbody, a head).
			if (!ALLOWED_TAGS.contains(tag) || (element.sourceRange().isTracked() && element.sourceRange().isImplicit())) {
				element.unwrap();
				continue;
			}
			cleanAttributes(element, tag);
		}
	}

	private static void cleanAttributes(Element element, String tag) {
		List<String> remove = new ArrayList<>();
		for (Attribute attribute : element.attributes()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			boolean keep = !name.startsWith("on") && (!tag.equals("img") || IMAGE_ATTRIBUTES.contains(name))
					&& (!URL_ATTRIBUTES.contains(name) || allowedUrl(attribute.getValue()));
			if (!keep) {
				remove.add(attribute.getKey());
			}
		}
		remove.forEach(element::removeAttr);
	}

	private static boolean allowedUrl(String url) {
		// Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so compare without them.
		String compact = url.replaceAll("[\\u0000-\\u0020]", "");
		if (compact.startsWith("//")) {
			return true;
		}
		Matcher scheme = SCHEME.matcher(compact);
		return !scheme.find() || ALLOWED_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
	}

	/** sanitize-html writes void elements as {@code <img ... />}. */
	private static String closeVoidTags(String html) {
		StringBuilder out = new StringBuilder(html.length() + 16);
		Matcher tags = Pattern.compile("<([a-z][a-z0-9]*)((?:\\s+[^\\s\"'>/=]+(?:=\"[^\"]*\")?)*)\\s*>").matcher(html);
		while (tags.find()) {
			String replacement = VOID_TAGS.contains(tags.group(1)) ? "<" + tags.group(1) + tags.group(2) + " />"
					: tags.group();
			tags.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		tags.appendTail(out);
		return out.toString();
	}
}
