package io.github.novu4j.autoconfigure;

/**
 * The API key the tests configure; they assert it never shows up where it should not.
 */
final class TestKeys {

	static final String API_KEY = "nv-boot-test-secret-7d3e1b";

	private TestKeys() {
	}

}
