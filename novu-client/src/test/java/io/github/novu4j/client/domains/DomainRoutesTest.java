package io.github.novu4j.client.domains;

import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import io.github.novu4j.client.testing.WireStubs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class DomainRoutesTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	static final String ROUTES = "/v1/domains/inbound.example.com/routes";

	/** A route as Novu sends it, every member of {@code DomainRouteResponseDto} present. */
	static final String ROUTE = """
			{"_id":"6a0c0ffee000000000a00001","_domainId":"6a0c0ffee000000000d00001","address":"support",
			 "agentId":"6a0c0ffee0000000000a0001","type":"agent","_environmentId":"6a0c0ffee0000000000e0001",
			 "_organizationId":"6a0c0ffee0000000000f0001","createdAt":"2026-04-19T10:00:00.000Z",
			 "updatedAt":"2026-04-19T11:00:00.000Z","data":{"queue":"tier-1"}}
			""";

	static final String WILDCARD_ROUTE = ROUTE.replace("\"support\"", "\"*\"")
		.replace("\"agentId\":\"6a0c0ffee0000000000a0001\",", "")
		.replace("\"agent\"", "\"webhook\"");

	@Test
	void createSendsTheRouteAndReadsItBack() {
		novu.stubFor(post(ROUTES).willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(ROUTE) + "}")));

		DomainRoute route = novu.client()
			.domains()
			.routes()
			.create("inbound.example.com",
					CreateDomainRouteRequest.agent("support", "support-bot").withData(Map.of("queue", "tier-1")));

		RichJson.assertNoFieldLost(route, ROUTE);
		assertThat(route.type()).isEqualTo(DomainRouteType.AGENT);
		assertThat(onlyRequest().getBodyAsString())
			.isEqualTo("{\"address\":\"support\",\"agentId\":\"support-bot\",\"type\":\"agent\",\"data\":{\"queue\":\"tier-1\"}}");
	}

	@Test
	void theWildcardAddressTravelsAsOneEncodedPathSegment() {
		String wildcard = ROUTES + "/%2A";
		novu.stubFor(post(ROUTES).willReturn(json(201, "{\"data\":" + WILDCARD_ROUTE + "}")));
		novu.stubFor(get(urlPathEqualTo(wildcard))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(WILDCARD_ROUTE) + "}")));
		novu.stubFor(patch(urlPathEqualTo(wildcard)).willReturn(json(200, "{\"data\":" + WILDCARD_ROUTE + "}")));
		novu.stubFor(post(urlPathEqualTo(wildcard + "/test"))
			.willReturn(json(200, "{\"data\":{\"matched\":true,\"dryRun\":true,\"type\":\"webhook\"}}")));
		novu.stubFor(delete(urlPathEqualTo(wildcard)).willReturn(aResponse().withStatus(204)));
		DomainRoutes routes = novu.client().domains().routes();

		routes.create("inbound.example.com", CreateDomainRouteRequest.webhook(DomainRoutes.WILDCARD));
		DomainRoute route = routes.retrieve("inbound.example.com", "*");
		routes.update("inbound.example.com", "*", UpdateDomainRouteRequest.data(Map.of("queue", "catch-all")));
		routes.test("inbound.example.com", "*", TestDomainRouteRequest.builder("alice@example.org", "Hi").dryRun(true).build());
		routes.delete("inbound.example.com", "*");

		RichJson.assertNoFieldLost(route, WILDCARD_ROUTE);
		assertThat(route.address()).isEqualTo("*");
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl())
			.containsExactly("POST " + ROUTES, "GET " + wildcard, "PATCH " + wildcard, "POST " + wildcard + "/test",
					"DELETE " + wildcard);
		assertThat(novu.requests().get(0).getBodyAsString()).isEqualTo("{\"address\":\"*\",\"type\":\"webhook\"}");
	}

	@Test
	void listFiltersByAgentAndFollowsTheCursor() {
		novu.stubFor(get(urlPathEqualTo(ROUTES)).withQueryParam("after", absent())
			.willReturn(json(200, WireStubs.cursorPage(List.of(RichJson.withUnknownFields(ROUTE)), "r-1", null, 2))));
		novu.stubFor(get(urlPathEqualTo(ROUTES)).withQueryParam("after", equalTo("r-1"))
			.willReturn(json(200, WireStubs.cursorPage(List.of(ROUTE.replace("support", "billing")), null, "r-1", 2))));

		CursorPagedIterable<DomainRoute> routes = novu.client()
			.domains()
			.routes()
			.list("inbound.example.com", "support-bot", CursorPagination.limit(1), RequestOptions.none());

		RichJson.assertNoFieldLost(routes.firstPage().data().get(0), ROUTE);
		assertThat(routes.stream().map(DomainRoute::address)).containsExactly("support", "billing");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly(ROUTES + "?limit=1&agentId=support-bot", ROUTES + "?after=r-1&limit=1&agentId=support-bot");
	}

	@Test
	void updateRepointsTheRouteAndTestReportsTheDelivery() {
		String result = """
				{"matched":true,"dryRun":false,"domainStatus":"verified","mxRecordConfigured":true,"type":"agent",
				 "wouldDeliverTo":"agent support-bot","payload":{"subject":"Where is my order?"},
				 "webhook":{"skipped":true,"latencyMs":0},"agent":{"agentId":"support-bot","httpStatus":200,
				 "agentReply":{"ok":true},"latencyMs":84}}
				""";
		novu.stubFor(patch(ROUTES + "/support").willReturn(json(200, "{\"data\":" + ROUTE + "}")));
		novu.stubFor(post(ROUTES + "/support/test").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(result) + "}")));
		novu.stubFor(get(ROUTES).willReturn(json(200, WireStubs.cursorPage(List.of(), null, null, 0))));
		DomainRoutes routes = novu.client().domains().routes();

		routes.update("inbound.example.com", "support", UpdateDomainRouteRequest.toAgent("support-bot"));
		DomainRouteTestResult tested = routes.test("inbound.example.com", "support",
				TestDomainRouteRequest.builder("alice@example.org", "Where is my order?")
					.fromName("Alice")
					.text("Order 42")
					.html("<p>Order 42</p>")
					.build());
		routes.list("inbound.example.com");

		RichJson.assertNoFieldLost(tested, result);
		assertThat(tested.agent().httpStatus()).isEqualTo(200);
		assertThat(tested.domainStatus()).isEqualTo(DomainStatus.VERIFIED);
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("{\"agentId\":\"support-bot\",\"type\":\"agent\"}",
					"{\"from\":{\"address\":\"alice@example.org\",\"name\":\"Alice\"},\"subject\":\"Where is my order?\","
							+ "\"text\":\"Order 42\",\"html\":\"<p>Order 42</p>\"}",
					"");
	}

	@Test
	void aRouteOfAMissingDomainIsNotFound() {
		novu.stubFor(get(ROUTES + "/support").willReturn(json(404,
				WireStubs.error(404, "Not Found", "Route not found", ROUTES + "/support"))));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.domains().routes().retrieve("inbound.example.com", "support"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Route not found"));
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		DomainRoutes routes = novu.client().domains().routes();

		assertThatIllegalArgumentException().isThrownBy(() -> routes.retrieve("inbound.example.com", "."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> routes.delete("inbound.example.com", ".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateDomainRouteRequest.webhook("support@example.com"))
			.withMessageContaining("local part before the @");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateDomainRouteRequest.webhook("x".repeat(65)))
			.withMessageContaining("at most 64 characters, was 65");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateDomainRouteRequest.agent("support", " "))
			.withMessageContaining("agentId of an agent route must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> new UpdateDomainRouteRequest(null, null, null))
			.withMessageContaining("agentId, type or data");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestDomainRouteRequest.builder("alice", "Hi").build())
			.withMessageContaining("must be an e-mail address");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> TestDomainRouteRequest.builder("alice@example.org", " ").build())
			.withMessageContaining("subject must not be blank");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> routes.list("inbound.example.com", " ", CursorPagination.none(), RequestOptions.none()))
			.withMessageContaining("agentId must not be blank");
		assertThatNullPointerException().isThrownBy(() -> routes.test("inbound.example.com", "*", null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
