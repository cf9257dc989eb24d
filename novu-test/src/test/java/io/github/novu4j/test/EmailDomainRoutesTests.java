package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.domains.CreateDomainRequest;
import io.github.novu4j.client.domains.CreateDomainRouteRequest;
import io.github.novu4j.client.domains.DnsRecord;
import io.github.novu4j.client.domains.Domain;
import io.github.novu4j.client.domains.DomainDiagnosis;
import io.github.novu4j.client.domains.DomainRoute;
import io.github.novu4j.client.domains.DomainRouteTestResult;
import io.github.novu4j.client.domains.DomainRouteType;
import io.github.novu4j.client.domains.DomainStatus;
import io.github.novu4j.client.domains.TestDomainRouteRequest;
import io.github.novu4j.client.domains.UpdateDomainRouteRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Inbound e-mail domains and their routes against the local Novu. */
class EmailDomainRoutesTests extends RoutesTestSupport {

	@Test
	void createListRetrieveUpdateVerifyDiagnoseDelete() {
		Domain created = this.client.domains().create(CreateDomainRequest.of("inbound.example.com").withData(Map.of("team", "support")));
		assertThat(created.status()).isEqualTo(DomainStatus.PENDING);
		assertThat(created.mxRecordConfigured()).isFalse();
		assertThat(created.expectedDnsRecords()).singleElement().satisfies((r) -> {
			assertThat(r.type()).isEqualTo("MX");
			assertThat(r.priority()).isEqualTo(10);
		});
		this.client.domains().create(CreateDomainRequest.of("mail.example.org"));
		assertThat(this.client.domains().list(CursorPagination.limit(1)).stream()).extracting(Domain::name)
			.containsExactly("mail.example.org", "inbound.example.com");

		assertThat(this.client.domains().update("inbound.example.com", Map.of("team", "sales")).data()).containsEntry("team", "sales");
		assertThat(this.client.domains().retrieve("inbound.example.com").data()).containsEntry("team", "sales");

		Domain verified = this.client.domains().verify("inbound.example.com");
		assertThat(verified.status()).isEqualTo(DomainStatus.VERIFIED);
		assertThat(verified.mxRecordConfigured()).isTrue();
		assertThat(this.client.domains().diagnose("inbound.example.com").ok()).isTrue();

		this.client.domains().delete("inbound.example.com");
		fails(404, "Domain inbound.example.com not found", () -> this.client.domains().retrieve("inbound.example.com"));
	}

	@Test
	void aDomainEndingInInvalidHasNoMxRecord() {
		this.client.domains().create(CreateDomainRequest.of("mail.example.invalid"));
		assertThat(this.client.domains().verify("mail.example.invalid").status()).isEqualTo(DomainStatus.PENDING);
		DomainDiagnosis diagnosis = this.client.domains().diagnose("mail.example.invalid");
		assertThat(diagnosis.ok()).isFalse();
		assertThat(diagnosis.issues()).extracting(DomainDiagnosis.Issue::code).containsExactly("mx_missing");
	}

	@Test
	void autoConfigureOffersAnApplyUrlAndTheManualRecords() {
		this.client.domains().create(CreateDomainRequest.of("inbound.example.com"));
		assertThat(this.client.domains().autoConfigure().retrieve("inbound.example.com").manualRecords())
			.extracting(DnsRecord::content).containsExactly("inbound-smtp.us-east-1.amazonaws.com");
		assertThat(this.client.domains().autoConfigure().start("inbound.example.com", "https://app.example.com/done").applyUrl())
			.contains("domain=inbound.example.com").contains("redirect_uri=https%3A%2F%2Fapp.example.com%2Fdone");
	}

	@Test
	void routesCreateListRetrieveUpdateTestDelete() {
		this.client.domains().create(CreateDomainRequest.of("inbound.example.com"));
		DomainRoute support = this.client.domains().routes().create("inbound.example.com", CreateDomainRouteRequest.webhook("support"));
		assertThat(support.type()).isEqualTo(DomainRouteType.WEBHOOK);
		this.client.domains().routes().create("inbound.example.com", CreateDomainRouteRequest.agent("*", "6a0c0ffee0000000000a0001"));
		assertThat(this.client.domains().routes().list("inbound.example.com").stream()).extracting(DomainRoute::address)
			.containsExactly("*", "support");

		DomainRoute toAgent = this.client.domains().routes()
			.update("inbound.example.com", "support", UpdateDomainRouteRequest.toAgent("6a0c0ffee0000000000a0002"));
		assertThat(toAgent.type()).isEqualTo(DomainRouteType.AGENT);
		assertThat(this.client.domains().routes().retrieve("inbound.example.com", "support").agentId())
			.isEqualTo("6a0c0ffee0000000000a0002");

		DomainRouteTestResult result = this.client.domains().routes()
			.test("inbound.example.com", "*", TestDomainRouteRequest.builder("ada@example.com", "Hello").text("Hi").build());
		assertThat(result.matched()).isTrue();
		assertThat(result.wouldDeliverTo()).isEqualTo("6a0c0ffee0000000000a0001");
		assertThat(result.dryRun()).isTrue();
		DomainRouteTestResult delivered = this.client.domains().routes()
			.test("inbound.example.com", "*", TestDomainRouteRequest.builder("ada@example.com", "Hello").dryRun(false).build());
		assertThat(delivered.agent().httpStatus()).isEqualTo(200);

		this.client.domains().routes().delete("inbound.example.com", "support");
		fails(404, "not found", () -> this.client.domains().routes().retrieve("inbound.example.com", "support"));
	}

	@Test
	void invalidCallsGetNovusErrors() {
		this.client.domains().create(CreateDomainRequest.of("inbound.example.com"));
		fails(409, "Domain inbound.example.com already exists",
				() -> this.client.domains().create(CreateDomainRequest.of("inbound.example.com")));
		fails(404, "Domain other.example.com not found", () -> this.client.domains().verify("other.example.com"));
		fails(404, "Domain other.example.com not found",
				() -> this.client.domains().routes().create("other.example.com", CreateDomainRouteRequest.webhook("support")));
		this.client.domains().routes().create("inbound.example.com", CreateDomainRouteRequest.webhook("support"));
		fails(409, "already exists",
				() -> this.client.domains().routes().create("inbound.example.com", CreateDomainRouteRequest.webhook("support")));
		fails(404, "not found", () -> this.client.domains().routes()
			.test("inbound.example.com", "sales", TestDomainRouteRequest.builder("ada@example.com", "Hello").build()));
	}

}
