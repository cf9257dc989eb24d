package io.github.novu4j.client.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.CursorPagedIterable;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuValidationException;
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

class DomainsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	static final String DNS_RECORD = """
			{"type":"MX","name":"inbound","content":"inbound-smtp.us-east-1.amazonaws.com","ttl":"Auto","priority":10}
			""";

	/** A domain as Novu sends it, every member of {@code DomainResponseDto} present. */
	static final String DOMAIN = """
			{"_id":"6a0c0ffee000000000d00001","name":"inbound.example.com","status":"pending",
			 "mxRecordConfigured":false,"dnsProvider":"cloudflare","_environmentId":"6a0c0ffee0000000000e0001",
			 "_organizationId":"6a0c0ffee0000000000f0001","createdAt":"2026-04-19T10:00:00.000Z",
			 "updatedAt":"2026-04-19T11:00:00.000Z","expectedDnsRecords":[%s],"data":{"team":"support"}}
			""".formatted(DNS_RECORD);

	@Test
	void createRegistersTheDomainAndReadsTheExpectedDnsRecords() {
		novu.stubFor(post("/v1/domains").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(DOMAIN) + "}")));

		Domain domain = novu.client()
			.domains()
			.create(CreateDomainRequest.of("inbound.example.com").withData(Map.of("team", "support")));

		RichJson.assertNoFieldLost(domain, DOMAIN);
		assertThat(domain.status()).isEqualTo(DomainStatus.PENDING);
		assertThat(domain.expectedDnsRecords()).singleElement().satisfies((record) -> {
			assertThat(record.type()).isEqualTo("MX");
			assertThat(record.priority()).isEqualTo(10);
		});
		LoggedRequest request = onlyRequest();
		assertThat(request.getBodyAsString()).isEqualTo("{\"name\":\"inbound.example.com\",\"data\":{\"team\":\"support\"}}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void aDtoValidationFailureIsAValidationExceptionWithNovusMessages() {
		// The 422 body of a DTO failure (WIRE-FORMAT-CURRENT §E): "Validation Error", messages under "general".
		novu.stubFor(post("/v1/domains").willReturn(json(422, """
				{"statusCode":422,"timestamp":"2026-04-19T10:00:00.000Z","path":"/v1/domains",
				 "message":"Validation Error","errors":{"general":{"messages":["name must be a valid domain"],
				 "value":"No Value Recorded"}}}
				""")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuValidationException.class)
			.isThrownBy(() -> client.domains().create(CreateDomainRequest.of("localhost")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(422);
				assertThat(ex.getRawBody()).contains("name must be a valid domain");
			});
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void listFiltersByNameAndFollowsTheCursor() {
		novu.stubFor(get(urlPathEqualTo("/v1/domains")).withQueryParam("after", absent())
			.willReturn(json(200, WireStubs.cursorPage(List.of(RichJson.withUnknownFields(DOMAIN)), "d-1", null, 2))));
		novu.stubFor(get(urlPathEqualTo("/v1/domains")).withQueryParam("after", equalTo("d-1"))
			.willReturn(json(200, WireStubs.cursorPage(List.of(DOMAIN.replace("inbound.", "mail.")), null, "d-1", 2))));

		CursorPagedIterable<Domain> domains = novu.client()
			.domains()
			.list("example", CursorPagination.builder().limit(1).orderBy("createdAt").build(), RequestOptions.none());

		RichJson.assertNoFieldLost(domains.firstPage().data().get(0), DOMAIN);
		assertThat(domains.stream().map(Domain::name)).containsExactly("inbound.example.com", "mail.example.com");
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/domains?limit=1&orderBy=createdAt&name=example",
					"/v1/domains?after=d-1&limit=1&orderBy=createdAt&name=example");
	}

	@Test
	void retrieveUpdateVerifyAndDelete() {
		String path = "/v1/domains/inbound.example.com";
		novu.stubFor(get(path).willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(DOMAIN) + "}")));
		novu.stubFor(patch(path).willReturn(json(200, "{\"data\":" + DOMAIN + "}")));
		novu.stubFor(post(path + "/verify").willReturn(json(200, "{\"data\":"
				+ DOMAIN.replace("\"pending\"", "\"verified\"").replace("false", "true") + "}")));
		novu.stubFor(delete(path).willReturn(aResponse().withStatus(204)));
		novu.stubFor(get("/v1/domains").willReturn(json(200, WireStubs.cursorPage(List.of(), null, null, 0))));
		Domains domains = novu.client().domains();

		RichJson.assertNoFieldLost(domains.retrieve("inbound.example.com"), DOMAIN);
		domains.update("inbound.example.com", Map.of("team", "billing"));
		Domain verified = domains.verify("inbound.example.com");
		domains.delete("inbound.example.com");
		domains.list();

		assertThat(verified.status()).isEqualTo(DomainStatus.VERIFIED);
		assertThat(verified.mxRecordConfigured()).isTrue();
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl() + " " + r.getBodyAsString())
			.containsExactly("GET " + path + " ", "PATCH " + path + " {\"data\":{\"team\":\"billing\"}}",
					"POST " + path + "/verify ", "DELETE " + path + " ", "GET /v1/domains ");
	}

	@Test
	void aMissingDomainIsNotFound() {
		novu.stubFor(get("/v1/domains/nowhere.example.com").willReturn(json(404, WireStubs.error(404, "Not Found",
				"Domain nowhere.example.com not found", "/v1/domains/nowhere.example.com"))));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.domains().retrieve("nowhere.example.com"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Domain nowhere.example.com not found"));
	}

	@Test
	void diagnoseReadsChecksAndIssues() {
		String diagnosis = """
				{"ok":false,"runAt":"2026-04-19T10:00:00.000Z","checks":[{"code":"mx_missing","status":"fail",
				 "latencyMs":12.5}],"issues":[{"code":"mx_missing","severity":"error","message":"No MX record",
				 "fix":"Add an MX record for inbound pointing at inbound-smtp.us-east-1.amazonaws.com"}]}
				""";
		novu.stubFor(post("/v1/domains/inbound.example.com/diagnose")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(diagnosis) + "}")));

		DomainDiagnosis result = novu.client().domains().diagnose("inbound.example.com");

		RichJson.assertNoFieldLost(result, diagnosis);
		assertThat(result.ok()).isFalse();
		assertThat(result.issues()).extracting(DomainDiagnosis.Issue::severity).containsExactly("error");
	}

	@Test
	void autoConfigureRetrievesAvailabilityAndStartsTheFlow() {
		String status = """
				{"available":false,"providerName":"GoDaddy","providerId":"godaddy","reason":"Provider not supported",
				 "reasonCode":"unsupported_provider","manualRecords":[%s]}
				""".formatted(DNS_RECORD);
		String applyUrl = """
				{"applyUrl":"https://dcc.godaddy.com/manage/v2/domainTemplates/providers/novu.co/apply?sig=abc",
				 "providerName":"GoDaddy","redirectUri":"https://dashboard.example.com/domains/done"}
				""";
		novu.stubFor(get("/v1/domains/inbound.example.com/auto-configure")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(status) + "}")));
		novu.stubFor(post("/v1/domains/inbound.example.com/auto-configure/start")
			.willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(applyUrl) + "}")));
		DomainAutoConfigure autoConfigure = novu.client().domains().autoConfigure();

		DomainConnectStatus availability = autoConfigure.retrieve("inbound.example.com");
		DomainConnectApplyUrl started = autoConfigure.start("inbound.example.com", "https://dashboard.example.com/domains/done");
		autoConfigure.start("inbound.example.com", null);

		RichJson.assertNoFieldLost(availability, status);
		RichJson.assertNoFieldLost(started, applyUrl);
		assertThat(novu.requests()).extracting(LoggedRequest::getBodyAsString)
			.containsExactly("", "{\"redirectUri\":\"https://dashboard.example.com/domains/done\"}", "{}");
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		Domains domains = novu.client().domains();
		Map<String, String> elevenKeys = IntStream.range(0, 11)
			.boxed()
			.collect(Collectors.toMap((i) -> "k" + i, (i) -> "v", (a, b) -> a, LinkedHashMap::new));

		assertThatIllegalArgumentException().isThrownBy(() -> CreateDomainRequest.of(" "))
			.withMessageContaining("domain must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateDomainRequest.of("mail example.com"))
			.withMessageContaining("must be a domain name");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateDomainRequest.of("example.com").withData(elevenKeys))
			.withMessageContaining("at most 10 keys, was 11");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CreateDomainRequest.of("example.com").withData(Map.of("note", "x".repeat(497))))
			.withMessageContaining("at most 500 characters together, were 501");
		assertThatIllegalArgumentException().isThrownBy(() -> domains.retrieve(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> domains.verify("a/b.com"))
			.withMessageContaining("must be a domain name");
		assertThatIllegalArgumentException().isThrownBy(() -> domains.update("example.com", elevenKeys))
			.withMessageContaining("at most 10 keys");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> domains.list(" ", CursorPagination.none(), RequestOptions.none()))
			.withMessageContaining("name must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> domains.autoConfigure().start("example.com", " "))
			.withMessageContaining("redirectUri must not be blank");
		assertThatNullPointerException().isThrownBy(() -> domains.update("example.com", null));
		assertThatNullPointerException().isThrownBy(() -> domains.create(null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
