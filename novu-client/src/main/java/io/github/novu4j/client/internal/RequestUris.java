package io.github.novu4j.client.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.DefaultUriBuilderFactory;

/**
 * Builds the URI of an {@link ApiCall} against the client's base URL, with exactly the encoding of
 * Spring's {@code DefaultUriBuilderFactory} in {@code TEMPLATE_AND_VALUES} mode (what the client used
 * per call before): the literal parts of the template are encoded as their URI component requires (a
 * path keeps {@code pchar} and {@code /}; a query name also keeps {@code /} and {@code ?}, not
 * {@code =} or {@code &}), every variable (path id or query value) is encoded strictly: UTF-8, every byte
 * outside {@code A-Z a-z 0-9 - . _ ~} as {@code %XX}. So an id with {@code / ? # %}, a space or
 * unicode stays inside its path segment ({@link PathSegments} rejects {@code .} and {@code ..}).
 *
 * <p>Spring parses the template and expands it through several builders on every call (14 % of the
 * client's CPU in a profile); this does the same in one pass over the characters. A base URL with a
 * query or a fragment (which Spring merges with the template's) still goes through Spring.
 */
final class RequestUris {

	/** Request attribute RestClient sets to the (unexpanded) URI template; its HTTP observation reads it. */
	static final String URI_TEMPLATE_ATTRIBUTE = "org.springframework.web.client.RestClient.uriTemplate";

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private final DefaultUriBuilderFactory spring;

	/** The encoded base URL, without trailing slash, or {@code null} when Spring must build every URI. */
	private final @Nullable String encodedBase;

	/** The base URL as RestClient puts it in front of a template in {@link #URI_TEMPLATE_ATTRIBUTE}. */
	private final String templateBase;

	/**
	 * @param baseUrl the base URL, without trailing slash
	 */
	RequestUris(String baseUrl) {
		this.spring = new DefaultUriBuilderFactory(baseUrl);
		// Strict encoding of variables: an id with '/', '?', '#' or '%' stays inside its path segment.
		this.spring.setEncodingMode(DefaultUriBuilderFactory.EncodingMode.TEMPLATE_AND_VALUES);
		URI base = this.spring.expand("");
		boolean plain = base.getRawQuery() == null && base.getRawFragment() == null;
		this.encodedBase = plain ? base.toString() : null;
		this.templateBase = this.spring.uriString("").toUriString();
	}

	/**
	 * @param call the call
	 * @return its absolute URI, path and query variables encoded
	 */
	URI uri(ApiCall call) {
		String base = this.encodedBase;
		if (base == null) {
			return this.spring.expand(call.uriTemplate(), call.uriVariables());
		}
		String template = call.pathTemplate();
		StringBuilder uri = new StringBuilder(base.length() + template.length() + 64).append(base);
		Map<String, String> variables = call.pathVariables();
		int from = 0;
		int open = template.indexOf('{');
		while (open >= 0) {
			int close = template.indexOf('}', open);
			encode(template, from, open, Component.PATH, uri);
			String value = Objects.requireNonNull(variables.get(template.substring(open + 1, close)));
			encode(value, 0, value.length(), Component.VARIABLE, uri);
			from = close + 1;
			open = template.indexOf('{', from);
		}
		encode(template, from, template.length(), Component.PATH, uri);
		appendQuery(call.queryParameters(), false, uri);
		return URI.create(uri.toString());
	}

	/**
	 * Spring keeps query parameters in a multi-value map: a name's values are written together, at the
	 * place of its first occurrence ({@code a=1&b=2&a=3} is sent as {@code a=1&a=3&b=2}).
	 */
	private static void appendQuery(List<Map.Entry<String, String>> query, boolean asTemplate, StringBuilder uri) {
		boolean first = true;
		for (int i = 0; i < query.size(); i++) {
			String name = query.get(i).getKey();
			if (seenBefore(query, i, name)) {
				continue;
			}
			for (int j = i; j < query.size(); j++) {
				Map.Entry<String, String> parameter = query.get(j);
				if (j == i || parameter.getKey().equals(name)) {
					uri.append(first ? '?' : '&');
					first = false;
					encode(name, 0, name.length(), Component.QUERY_NAME, uri);
					uri.append('=');
					if (asTemplate) {
						uri.append("{q").append(j).append('}');
					}
					else {
						encode(parameter.getValue(), 0, parameter.getValue().length(), Component.VARIABLE, uri);
					}
				}
			}
		}
	}

	private static boolean seenBefore(List<Map.Entry<String, String>> query, int index, String name) {
		for (int i = 0; i < index; i++) {
			if (query.get(i).getKey().equals(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * @param call the call
	 * @return the value RestClient gives {@link #URI_TEMPLATE_ATTRIBUTE} for the call's template
	 */
	String uriTemplateAttribute(ApiCall call) {
		if (this.encodedBase == null) {
			return this.spring.uriString(call.uriTemplate()).toUriString();
		}
		StringBuilder template = new StringBuilder(this.templateBase).append(call.pathTemplate());
		appendQuery(call.queryParameters(), true, template);
		return template.toString();
	}

	private static void encode(String source, int start, int end, Component component, StringBuilder out) {
		for (int i = start; i < end; i++) {
			char c = source.charAt(i);
			if (c >= 0x80) {
				// As Spring does: the UTF-8 bytes of the rest (a lone surrogate becomes '?', then %3F).
				for (byte b : source.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
					appendByte(b & 0xFF, component, out);
				}
				return;
			}
			appendByte(c, component, out);
		}
	}

	private static void appendByte(int b, Component component, StringBuilder out) {
		if (b < 0x80 && component.allows((char) b)) {
			out.append((char) b);
		}
		else {
			out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
		}
	}

	/** The URI components a call's URI is made of, with the characters each keeps as they are. */
	private enum Component {

		/** A literal part of the path template: {@code pchar} and {@code /}. */
		PATH {
			@Override
			boolean allows(char c) {
				return isPchar(c) || c == '/';
			}
		},

		/** A query parameter name, a literal of the template: as a path, plus {@code ?}, minus {@code = &}. */
		QUERY_NAME {
			@Override
			boolean allows(char c) {
				return c != '=' && c != '&' && (isPchar(c) || c == '/' || c == '?');
			}
		},

		/** A variable's value: only the unreserved characters. */
		VARIABLE {
			@Override
			boolean allows(char c) {
				return isUnreserved(c);
			}
		};

		abstract boolean allows(char c);

		static boolean isUnreserved(char c) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
					|| c == '_' || c == '~';
		}

		static boolean isPchar(char c) {
			return isUnreserved(c) || "!$&'()*+,;=".indexOf(c) >= 0 || c == ':' || c == '@';
		}

	}

}
