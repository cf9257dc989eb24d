package io.github.novu4j.client.executiondetails;

import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ExecutionDetailsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	/** A delivery that failed and was retried; together the entries set every field. */
	static final String RICH_DETAILS = """
			[{"_id":"6761f1a2b3c4d5e6f7a8b905","_organizationId":"6761d0000000000000000001",
			  "_jobId":"6761f1a2b3c4d5e6f7a8b904","_environmentId":"6761e0000000000000000001",
			  "_notificationId":"6761f1a2b3c4d5e6f7a8b900","_notificationTemplateId":"6761f0000000000000000001",
			  "_subscriberId":"6761c0000000000000000042","_messageId":"6761f1a2b3c4d5e6f7a8b911",
			  "providerId":"sendgrid","transactionId":"tx-8f2c","channel":"email",
			  "detail":"Unexpected provider error","source":"Internal","status":"Failed","isTest":false,"isRetry":true,
			  "raw":"{\\"message\\":\\"Unauthorized\\"}","webhookStatus":"bounced",
			  "createdAt":"2024-12-13T10:05:00.500Z","updatedAt":"2024-12-13T10:05:00.600Z"},
			 {"_id":"6761f1a2b3c4d5e6f7a8b906","_organizationId":"6761d0000000000000000001",
			  "_jobId":"6761f1a2b3c4d5e6f7a8b902","_environmentId":"6761e0000000000000000001",
			  "_notificationId":"6761f1a2b3c4d5e6f7a8b900","_notificationTemplateId":"6761f0000000000000000001",
			  "_subscriberId":"6761c0000000000000000042","transactionId":"tx-8f2c","channel":"digest",
			  "detail":"Digest triggered","source":"Internal","status":"Success","isTest":false,"isRetry":false,
			  "raw":null,"createdAt":"2024-12-13T10:05:00.000Z"}]
			""";

	@Test
	void retrieveSendsBothIdsAsQueryParametersAndUnwrapsTheArray() {
		novu.stubFor(get(urlPathEqualTo("/v1/execution-details"))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(RICH_DETAILS) + "}")));

		List<ExecutionDetail> details = novu.client()
			.executionDetails()
			.retrieve("6761f1a2b3c4d5e6f7a8b900", "user 42/eu");

		RichJson.assertNoFieldLost(details, RICH_DETAILS);
		assertThat(details).extracting(ExecutionDetail::channel).containsExactly(StepType.EMAIL, StepType.DIGEST);
		assertThat(details).extracting(ExecutionDetail::status)
			.containsExactly(ExecutionDetailStatus.FAILED, ExecutionDetailStatus.SUCCESS);
		assertThat(details.get(0).isRetry()).isTrue();
		assertThat(details.get(1).raw()).isNull();
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).startsWith("/v1/execution-details?");
		assertThat(request.queryParameter("notificationId").values()).containsExactly("6761f1a2b3c4d5e6f7a8b900");
		assertThat(request.queryParameter("subscriberId").values()).containsExactly("user 42/eu");
	}

	@Test
	void statusesAndSourcesNovuAddsLaterStillParse() {
		novu.stubFor(get(urlPathEqualTo("/v1/execution-details")).willReturn(json(200,
				"{\"data\":[{\"_id\":\"d1\",\"channel\":\"throttle\",\"status\":\"Throttled\",\"source\":\"Bridge\"}]}")));

		ExecutionDetail detail = novu.client().executionDetails().retrieve("n1", "s1").get(0);

		assertThat(detail.status()).isEqualTo(ExecutionDetailStatus.of("Throttled"));
		assertThat(detail.source().value()).isEqualTo("Bridge");
		assertThat(detail.channel().value()).isEqualTo("throttle");
	}

	@Test
	void missingIdsAreRejectedBeforeSending() {
		ExecutionDetails executionDetails = novu.client().executionDetails();

		assertThatIllegalArgumentException().isThrownBy(() -> executionDetails.retrieve(" ", "user-42"))
			.withMessage("notificationId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> executionDetails.retrieve("n1", null))
			.withMessage("subscriberId must not be null");
		assertThat(novu.requests()).isEmpty();
	}

}
