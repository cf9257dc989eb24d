package io.github.novu4j.client.notifications;

import java.time.LocalDate;
import java.util.List;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.ChannelType;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.Page;
import io.github.novu4j.client.PagedIterable;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.executiondetails.ExecutionDetailSource;
import io.github.novu4j.client.executiondetails.ExecutionDetailStatus;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.PageStubs;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotificationsTest {

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	/** A digest-then-email run with every field of {@link Notification} set, as the 2024 server sends it. */
	static final String RICH_NOTIFICATION = """
			{"_id":"6761f1a2b3c4d5e6f7a8b900","_templateId":"6761f0000000000000000001",
			 "_environmentId":"6761e0000000000000000001","_organizationId":"6761d0000000000000000001",
			 "_subscriberId":"6761c0000000000000000042","transactionId":"tx-8f2c",
			 "channels":["digest","email"],"_digestedNotificationId":"6761f1a2b3c4d5e6f7a8b8ff",
			 "to":{"subscriberId":"user-42","email":"ada@example.com"},"payload":{"orderId":1234,"tags":["a","b"]},
			 "createdAt":"2024-12-13T10:00:00.000Z","updatedAt":"2024-12-13T10:05:01.000Z",
			 "subscriber":{"_id":"6761c0000000000000000042","firstName":"Ada","lastName":"Lovelace",
			  "email":"ada@example.com","phone":"+441234567890"},
			 "template":{"_id":"6761f0000000000000000001","name":"Order shipped","triggers":[{"type":"event",
			  "identifier":"order-shipped","variables":[{"name":"orderId","type":"String"}],
			  "subscriberVariables":[{"name":"email"}]}]},
			 "jobs":[
			  {"_id":"6761f1a2b3c4d5e6f7a8b902","type":"digest","status":"completed","payload":{"orderId":1234},
			   "digest":{"amount":5,"unit":"minutes","type":"regular","digestKey":"orderId","events":[{"orderId":1234}]},
			   "step":{"_id":"6761f0000000000000000010","_parentId":"6761f0000000000000000009",
			    "_templateId":"6761f0000000000000000002","active":true,
			    "filters":[{"isNegated":false,"type":"GROUP","value":"AND",
			     "children":[{"field":"isVip","value":"true","operator":"EQUAL","on":"payload"}]}],
			    "template":{"type":"digest","content":""}},
			   "executionDetails":[{"_id":"6761f1a2b3c4d5e6f7a8b903","_jobId":"6761f1a2b3c4d5e6f7a8b902",
			    "createdAt":"2024-12-13T10:00:00.100Z","updatedAt":"2024-12-13T10:00:00.100Z",
			    "detail":"Step queued","isRetry":false,"isTest":false,"source":"Internal","status":"Pending"}],
			   "createdAt":"2024-12-13T10:00:00.050Z","updatedAt":"2024-12-13T10:05:00.000Z"},
			  {"_id":"6761f1a2b3c4d5e6f7a8b904","type":"email","status":"failed","providerId":"sendgrid",
			   "payload":{"orderId":1234},"step":{"_id":"6761f0000000000000000011","active":true,"filters":[],
			    "template":{"type":"email","subject":"Your order"}},
			   "executionDetails":[{"_id":"6761f1a2b3c4d5e6f7a8b905","_jobId":"6761f1a2b3c4d5e6f7a8b904",
			    "createdAt":"2024-12-13T10:05:00.500Z","updatedAt":"2024-12-13T10:05:00.500Z",
			    "detail":"Unexpected provider error","isRetry":true,"isTest":false,"providerId":"sendgrid",
			    "raw":"{\\"message\\":\\"Unauthorized\\"}","source":"Internal","status":"Failed",
			    "webhookStatus":"bounced"}],
			   "createdAt":"2024-12-13T10:05:00.100Z","updatedAt":"2024-12-13T10:05:01.000Z"}]}
			""";

	static final String RICH_PAGE = "{\"page\":0,\"hasMore\":false,\"pageSize\":10,\"data\":[" + RICH_NOTIFICATION + "]}";

	@Test
	void listSendsEveryFilterAsRepeatedKeysAndReadsTheBarePage() {
		novu.stubFor(get(urlPathEqualTo("/v1/notifications")).willReturn(json(200,
				"{\"page\":2,\"hasMore\":false,\"pageSize\":10,\"data\":[" + RICH_NOTIFICATION + "]}")));

		PagedIterable<Notification> notifications = novu.client()
			.notifications()
			.list(NotificationListRequest.builder()
				.page(2)
				.channels(ChannelType.EMAIL, ChannelType.IN_APP)
				.templates("6761f0000000000000000001", "6761f0000000000000000005")
				.emails("ada@example.com")
				.emails("grace@example.com")
				.subscriberIds("user-42", "user-43")
				.search("order")
				.transactionId("tx-8f2c")
				.build());

		Page<Notification> page = notifications.firstPage();
		assertThat(page.page()).isEqualTo(2);
		assertThat(page.hasMore()).isFalse();
		assertThat(page.totalCount()).isNull();
		Notification notification = page.data().get(0);
		assertThat(notification.channels()).containsExactly(StepType.DIGEST, StepType.EMAIL);
		assertThat(notification.template().triggers().get(0).identifier()).isEqualTo("order-shipped");
		assertThat(notification.jobs()).extracting(NotificationJob::status)
			.containsExactly(JobStatus.COMPLETED, JobStatus.FAILED);
		assertThat(notification.jobs().get(1).executionDetails().get(0).status()).isEqualTo(ExecutionDetailStatus.FAILED);
		assertThat(notification.jobs().get(0).step().filters().get(0).children().get(0).on()).isEqualTo("payload");
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.queryParameter("page").values()).containsExactly("2");
		assertThat(request.queryParameter("channels").values()).containsExactly("email", "in_app");
		assertThat(request.queryParameter("templates").values())
			.containsExactly("6761f0000000000000000001", "6761f0000000000000000005");
		assertThat(request.queryParameter("emails").values()).containsExactly("ada@example.com", "grace@example.com");
		assertThat(request.queryParameter("subscriberIds").values()).containsExactly("user-42", "user-43");
		assertThat(request.queryParameter("search").values()).containsExactly("order");
		assertThat(request.queryParameter("transactionId").values()).containsExactly("tx-8f2c");
		assertThat(request.getUrl()).doesNotContain("limit");
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void aRichNotificationPageDeserializesWithNoFieldLost() {
		novu.stubFor(get(urlPathEqualTo("/v1/notifications"))
			.willReturn(json(200, RichJson.withUnknownFields(RICH_PAGE))));

		Page<Notification> page = novu.client().notifications().list().firstPage();

		RichJson.assertNoFieldLost(page, RICH_PAGE);
		assertThat(novu.requests().get(0).getUrl()).isEqualTo("/v1/notifications?page=0");
	}

	@Test
	void retrieveUnwrapsARichNotificationWithNoFieldLost() {
		novu.stubFor(get("/v1/notifications/6761f1a2b3c4d5e6f7a8b900")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(RICH_NOTIFICATION) + "}")));

		Notification notification = novu.client().notifications().retrieve("6761f1a2b3c4d5e6f7a8b900");

		RichJson.assertNoFieldLost(notification, RICH_NOTIFICATION);
		assertThat(notification.id()).isEqualTo("6761f1a2b3c4d5e6f7a8b900");
		assertThat(notification.jobs().get(1).executionDetails().get(0).source()).isEqualTo(ExecutionDetailSource.INTERNAL);
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/v1/notifications/6761f1a2b3c4d5e6f7a8b900");
	}

	@Test
	void iteratesThreePagesAndStopsWhenHasMoreIsFalse() {
		PageStubs.stubPage(novu, "/v1/notifications", 0, 10, true, item("n1"), item("n2"));
		PageStubs.stubPage(novu, "/v1/notifications", 1, 10, true, item("n3"));
		PageStubs.stubPage(novu, "/v1/notifications", 2, 10, false, item("n4"));

		List<String> ids = novu.client()
			.notifications()
			.list(NotificationListRequest.builder().subscriberIds("user-42").build())
			.stream()
			.map(Notification::id)
			.toList();

		assertThat(ids).containsExactly("n1", "n2", "n3", "n4");
		assertThat(novu.requests()).extracting((request) -> request.queryParameter("page").firstValue())
			.containsExactly("0", "1", "2");
		assertThat(novu.requests())
			.allSatisfy((request) -> assertThat(request.queryParameter("subscriberIds").values()).containsExactly("user-42"));
	}

	@Test
	void iterationStopsOnAnEmptyPageEvenIfNovuSaysThereIsMore() {
		PageStubs.stubPage(novu, "/v1/notifications", 0, 10, true, item("n1"));
		PageStubs.stubPage(novu, "/v1/notifications", 1, 10, true, item("n2"));
		PageStubs.stubPage(novu, "/v1/notifications", 2, 10, true);

		List<Page<Notification>> pages = novu.client().notifications().list().streamPages().toList();

		assertThat(pages).hasSize(3);
		assertThat(pages.get(2).data()).isEmpty();
		assertThat(novu.requests()).hasSize(3);
	}

	@Test
	void statsRetrieveUnwrapsTheCounts() {
		novu.stubFor(get("/v1/notifications/stats")
			.willReturn(json(200, "{\"data\":{\"weeklySent\":42,\"monthlySent\":180}}")));

		NotificationStats stats = novu.client().notifications().stats().retrieve();

		assertThat(stats).isEqualTo(new NotificationStats(42, 180, null));
		LoggedRequest request = novu.requests().get(0);
		assertThat(request.getMethod().getName()).isEqualTo("GET");
		assertThat(request.getUrl()).isEqualTo("/v1/notifications/stats");
	}

	@Test
	void statsGraphReadsStepTypesOutsideTheDocumentedEnum() {
		String graph = """
				[{"_id":"2024-12-13","count":7,"templates":["6761f0000000000000000001"],"channels":["email","digest"]},
				 {"_id":"2024-12-12","count":2,"templates":["6761f0000000000000000001","6761f0000000000000000005"],
				  "channels":["in_app","throttle"]}]
				""";
		novu.stubFor(get(urlPathEqualTo("/v1/notifications/graph/stats"))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(graph) + "}")));
		NovuClient client = novu.client();

		List<NotificationGraphStat> lastWeek = client.notifications().stats().graph(7);
		List<NotificationGraphStat> byDefault = client.notifications().stats().graph();

		RichJson.assertNoFieldLost(lastWeek, graph);
		assertThat(byDefault).isEqualTo(lastWeek);
		assertThat(lastWeek.get(0).day()).isEqualTo(LocalDate.of(2024, 12, 13));
		assertThat(lastWeek.get(0).channels()).containsExactly(StepType.EMAIL, StepType.DIGEST);
		assertThat(lastWeek.get(1).channels().get(1)).isEqualTo(StepType.of("throttle"));
		assertThat(lastWeek.get(1).channels().get(1).isChannel()).isFalse();
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v1/notifications/graph/stats?days=7", "/v1/notifications/graph/stats");
	}

	@Test
	void badInputIsRejectedBeforeSending() {
		Notifications notifications = novu.client().notifications();

		assertThatIllegalArgumentException().isThrownBy(() -> NotificationListRequest.builder().page(-1).build())
			.withMessageContaining("pages start at 0");
		assertThatIllegalArgumentException().isThrownBy(() -> NotificationListRequest.builder().templates(" ").build())
			.withMessageContaining("templates must not contain a blank value");
		assertThatIllegalArgumentException().isThrownBy(() -> NotificationListRequest.builder().subscriberIds("").build())
			.withMessageContaining("subscriberIds must not contain a blank value");
		assertThatIllegalArgumentException().isThrownBy(() -> NotificationListRequest.builder().transactionId(" ").build())
			.withMessageContaining("transactionId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.retrieve(""))
			.withMessageContaining("notificationId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.retrieve("."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> notifications.stats().graph(0))
			.withMessage("days must be 1 or more, was 0");
		assertThat(novu.requests()).isEmpty();
	}

	private static String item(String id) {
		return "{\"_id\":\"" + id + "\",\"_environmentId\":\"e\",\"_organizationId\":\"o\",\"transactionId\":\"tx-" + id
				+ "\",\"channels\":[\"in_app\"],\"jobs\":[]}";
	}

}
