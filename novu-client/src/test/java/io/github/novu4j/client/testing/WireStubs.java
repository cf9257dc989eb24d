package io.github.novu4j.client.testing;

import java.util.List;

/**
 * Bodies in Novu's wire format for the current API's tests (WIRE-FORMAT-CURRENT §D, §E).
 */
public final class WireStubs {

	private WireStubs() {
	}

	/**
	 * A bare cursor page ({@code {"data","next","previous","totalCount","totalCountCapped"}}), as every
	 * cursor list answers.
	 * @param items the items, as JSON objects
	 * @param next the next cursor, or {@code null} on the last page
	 * @param previous the previous cursor, or {@code null} on the first page
	 * @param totalCount what Novu reports as the total
	 * @return the body
	 */
	public static String cursorPage(List<String> items, String next, String previous, int totalCount) {
		return "{\"data\":[" + String.join(",", items) + "],\"next\":" + quoted(next) + ",\"previous\":"
				+ quoted(previous) + ",\"totalCount\":" + totalCount + ",\"totalCountCapped\":false}";
	}

	/**
	 * The body of Novu's exception filter for an exception built from a string (it has {@code error}).
	 * @param status the HTTP status
	 * @param error the reason phrase, e.g. {@code Not Found}
	 * @param message Novu's message
	 * @param path the request path
	 * @return the body
	 */
	public static String error(int status, String error, String message, String path) {
		return "{\"statusCode\":" + status + ",\"timestamp\":\"2026-04-19T10:00:00.000Z\",\"path\":\"" + path
				+ "\",\"message\":\"" + message + "\",\"error\":\"" + error + "\"}";
	}

	private static String quoted(String value) {
		return (value == null) ? "null" : "\"" + value + "\"";
	}

}
