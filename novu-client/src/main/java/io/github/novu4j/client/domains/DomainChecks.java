package io.github.novu4j.client.domains;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.novu4j.client.internal.PathSegments;
import org.jspecify.annotations.Nullable;

/**
 * The checks Novu's domain DTOs make, run before anything is sent.
 */
final class DomainChecks {

	/** Most metadata keys ({@code IsBoundedRecord}). */
	static final int MAX_METADATA_KEYS = 10;

	/** Most characters of all metadata keys and values together. */
	static final int MAX_METADATA_CHARS = 500;

	/** Longest local part of an e-mail address (RFC 5321). */
	static final int MAX_ADDRESS_LENGTH = 64;

	private DomainChecks() {
	}

	static @Nullable Map<String, String> metadata(@Nullable Map<String, String> data) {
		if (data == null) {
			return null;
		}
		if (data.size() > MAX_METADATA_KEYS) {
			throw new IllegalArgumentException(
					"data has at most " + MAX_METADATA_KEYS + " keys, was " + data.size());
		}
		int chars = 0;
		for (Map.Entry<String, String> entry : data.entrySet()) {
			if (entry.getKey() == null || entry.getValue() == null) {
				throw new IllegalArgumentException("data keys and values must not be null");
			}
			chars += entry.getKey().length() + entry.getValue().length();
		}
		if (chars > MAX_METADATA_CHARS) {
			throw new IllegalArgumentException(
					"data keys and values have at most " + MAX_METADATA_CHARS + " characters together, were " + chars);
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(data));
	}

	static String domainName(@Nullable String name) {
		PathSegments.requireId(name, "domain");
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isWhitespace(c) || c == '/' || c == '@') {
				throw new IllegalArgumentException("domain must be a domain name such as mail.example.com, was '" + name + "'");
			}
		}
		return name;
	}

	static String address(@Nullable String address) {
		PathSegments.requireId(address, "address");
		if (address.length() > MAX_ADDRESS_LENGTH) {
			throw new IllegalArgumentException("address is the local part of an e-mail address, at most "
					+ MAX_ADDRESS_LENGTH + " characters, was " + address.length());
		}
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			if (Character.isWhitespace(c) || c == '@' || c == '/') {
				throw new IllegalArgumentException("address is the local part before the @ (e.g. support, or * for "
						+ "every address), was '" + address + "'");
			}
		}
		return address;
	}

}
