package io.github.novu4j.client.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * Stubs for paginated endpoints, in Novu's bare page format ({@code {"page","hasMore","pageSize","data"}},
 * no envelope), one stub per {@code page} query value.
 */
public final class PageStubs {

	private PageStubs() {
	}

	/**
	 * Answers {@code GET path?page=<page>...} with a bare page that has {@code hasMore}.
	 * @param novu the mock server
	 * @param path the endpoint, e.g. {@code /v1/messages}
	 * @param page the page number the stub answers
	 * @param pageSize the page size Novu reports
	 * @param hasMore whether Novu says there is another page
	 * @param items the items, as JSON objects
	 */
	public static void stubPage(MockNovu novu, String path, int page, int pageSize, boolean hasMore, String... items) {
		novu.stubFor(get(urlPathEqualTo(path)).withQueryParam("page", equalTo(String.valueOf(page)))
			.willReturn(MockNovu.json(200, "{\"page\":" + page + ",\"hasMore\":" + hasMore + ",\"pageSize\":" + pageSize
					+ ",\"data\":[" + String.join(",", items) + "]}")));
	}

}
