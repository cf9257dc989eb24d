package io.github.novu4j.client.v2.layouts;

import java.util.Map;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.WorkflowUsage;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class LayoutsTest {

	/** A layout as LayoutsController answers it (LayoutResponseDto), every documented member set. */
	static final String LAYOUT = "{\"_id\":\"6810c0ffee0000000000la01\",\"layoutId\":\"brand\",\"slug\":\"brand_lo_x1y2\","
			+ "\"name\":\"Brand frame\",\"isDefault\":false,\"isTranslationEnabled\":true,"
			+ "\"updatedAt\":\"2026-04-10T09:00:00.000Z\","
			+ "\"updatedBy\":{\"_id\":\"6810c0ffee0000000000us01\",\"firstName\":\"Ada\",\"lastName\":\"Lovelace\",\"externalId\":\"u-1\"},"
			+ "\"createdAt\":\"2026-04-01T09:00:00.000Z\",\"origin\":\"novu-cloud\",\"type\":\"BRIDGE\","
			+ "\"variables\":{\"type\":\"object\",\"properties\":{\"subscriber\":{\"type\":\"object\"}}},"
			+ "\"controls\":{\"dataSchema\":{\"type\":\"object\"},\"uiSchema\":{\"group\":\"LAYOUT\",\"properties\":{}},"
			+ "\"values\":{\"email\":{\"body\":\"<html><body>{{content}}</body></html>\",\"editorType\":\"html\"}}}}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createSendsIdentifierNameAndFlagAndReadsTheWrappedLayout() {
		novu.stubFor(post("/v2/layouts").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(LAYOUT) + "}")));

		Layout layout = novu.client().v2().layouts()
			.create(CreateLayoutRequest.builder("brand", "Brand frame").isTranslationEnabled(true).build());

		assertThat(layout.layoutId()).isEqualTo("brand");
		assertThat(layout.id()).isEqualTo("6810c0ffee0000000000la01");
		assertThat(layout.controls()).containsKey("values");
		assertThat(layout.additionalProperties()).containsKey(RichJson.UNKNOWN_FIELD);
		RichJson.assertNoFieldLost(layout, LAYOUT);
		LoggedRequest request = onlyRequest();
		assertThat(request.getBodyAsString())
			.isEqualTo("{\"layoutId\":\"brand\",\"name\":\"Brand frame\",\"isTranslationEnabled\":true}");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
	}

	@Test
	void listSendsTheOffsetQueryAndUnwrapsLayoutsAndTotalCount() {
		String page = "{\"layouts\":[" + LAYOUT + "],\"totalCount\":3}";
		novu.stubFor(get(urlPathEqualTo("/v2/layouts")).willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(page) + "}")));

		LayoutList list = novu.client().v2().layouts().list(ListLayoutsRequest.builder()
			.limit(1)
			.offset(1)
			.orderBy(ListLayoutsRequest.ORDER_BY_NAME)
			.orderDirection(OrderDirection.ASC)
			.query("brand frame")
			.build());

		assertThat(list.layouts()).extracting(Layout::layoutId).containsExactly("brand");
		assertThat(list.totalCount()).isEqualTo(3);
		assertThat(list.hasMoreAfter(1)).isTrue();
		assertThat(list.hasMoreAfter(2)).isFalse();
		RichJson.assertNoFieldLost(list, page);
		assertThat(onlyRequest().getUrl())
			.isEqualTo("/v2/layouts?limit=1&offset=1&orderBy=name&orderDirection=ASC&query=brand%20frame");
	}

	@Test
	void listWithoutArgumentsSendsNoQueryAndAnEmptyPageHasNoMore() {
		novu.stubFor(get("/v2/layouts").willReturn(json(200, "{\"data\":{\"layouts\":[],\"totalCount\":0}}")));

		LayoutList list = novu.client().v2().layouts().list();

		assertThat(list.layouts()).isEmpty();
		assertThat(list.hasMoreAfter(0)).isFalse();
		assertThat(onlyRequest().getUrl()).isEqualTo("/v2/layouts");
	}

	@Test
	void retrieveEncodesTheIdentifierAsOneSegment() {
		novu.stubFor(get(urlPathEqualTo("/v2/layouts/brand%2Feu")).willReturn(json(200, "{\"data\":" + LAYOUT + "}")));

		Layout layout = novu.client().v2().layouts().retrieve("brand/eu");

		assertThat(layout.name()).isEqualTo("Brand frame");
		assertThat(layout.updatedBy()).containsEntry("firstName", "Ada");
		assertThat(onlyRequest().getUrl()).isEqualTo("/v2/layouts/brand%2Feu");
	}

	@Test
	void updatePutsNameAndEmailControls() {
		novu.stubFor(put("/v2/layouts/brand").willReturn(json(200, "{\"data\":" + LAYOUT + "}")));

		Layout layout = novu.client().v2().layouts().update("brand", UpdateLayoutRequest.builder("Brand frame")
			.isTranslationEnabled(false)
			.email("<html><body>{{content}}</body></html>", "html")
			.build());

		assertThat(layout.layoutId()).isEqualTo("brand");
		LoggedRequest request = onlyRequest();
		assertThat(request.getMethod().getName()).isEqualTo("PUT");
		assertThat(NovuJson.mapper().readTree(request.getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("{\"name\":\"Brand frame\",\"isTranslationEnabled\":false,"
					+ "\"controlValues\":{\"email\":{\"body\":\"<html><body>{{content}}</body></html>\",\"editorType\":\"html\"}}}"));
		// PUT carries no idempotency key (Novu honours it on POST and PATCH only).
		assertThat(request.getHeader("Idempotency-Key")).isNull();
	}

	@Test
	void deleteAnswers204AndTheDefaultLayoutIsAConflict() {
		novu.stubFor(delete("/v2/layouts/brand").willReturn(aResponse().withStatus(204)));
		novu.stubFor(delete("/v2/layouts/default").willReturn(json(409, "{\"statusCode\":409,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v2/layouts/default\","
				+ "\"message\":\"Default layout cannot be deleted\",\"error\":\"Conflict\"}")));
		NovuClient client = novu.client();

		client.v2().layouts().delete("brand");
		assertThatExceptionOfType(NovuConflictException.class).isThrownBy(() -> client.v2().layouts().delete("default"))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Default layout cannot be deleted");
				assertThat(ex.getMessage()).contains("layouts.delete");
			});
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v2/layouts/brand", "/v2/layouts/default");
	}

	@Test
	void duplicateSendsTheCopysNameAndIdentifier() {
		novu.stubFor(post("/v2/layouts/brand/duplicate").willReturn(json(201, "{\"data\":"
				+ LAYOUT.replace("\"layoutId\":\"brand\"", "\"layoutId\":\"brand-copy\"") + "}")));

		Layout copy = novu.client().v2().layouts()
			.duplicate("brand", DuplicateLayoutRequest.builder("Brand copy").layoutId("brand-copy").build());

		assertThat(copy.layoutId()).isEqualTo("brand-copy");
		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{\"name\":\"Brand copy\",\"layoutId\":\"brand-copy\"}");
	}

	@Test
	void generatePreviewSendsControlValuesAndPayloadAndReadsTheRenderedHtml() {
		String preview = "{\"previewPayloadExample\":{\"subscriber\":{\"firstName\":\"Ada\",\"email\":\"ada@example.com\"}},"
				+ "\"schema\":{\"type\":\"object\"},"
				+ "\"result\":{\"type\":\"email\",\"preview\":{\"body\":\"<html><body>Hi Ada</body></html>\"}}}";
		novu.stubFor(post("/v2/layouts/brand/preview").willReturn(json(201, "{\"data\":" + RichJson.withUnknownFields(preview) + "}")));

		LayoutPreview result = novu.client().v2().layouts().generatePreview("brand", LayoutPreviewRequest.of(
				Map.of("email", Map.of("body", "<p>{{content}}</p>", "editorType", "html")),
				Map.of("subscriber", Map.of("firstName", "Ada"))));

		assertThat(result.result()).containsEntry("type", "email");
		RichJson.assertNoFieldLost(result, preview);
		assertThat(NovuJson.mapper().readTree(onlyRequest().getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("{\"controlValues\":{\"email\":{\"body\":\"<p>{{content}}</p>\","
					+ "\"editorType\":\"html\"}},\"previewPayload\":{\"subscriber\":{\"firstName\":\"Ada\"}}}"));
	}

	@Test
	void generatePreviewWithNoneSendsAnEmptyObject() {
		novu.stubFor(post("/v2/layouts/brand/preview").willReturn(json(201, "{\"data\":{\"previewPayloadExample\":{},"
				+ "\"result\":{\"type\":\"email\",\"preview\":{\"body\":\"<html></html>\"}}}}")));

		novu.client().v2().layouts().generatePreview("brand", LayoutPreviewRequest.none());

		assertThat(onlyRequest().getBodyAsString()).isEqualTo("{}");
	}

	@Test
	void usageListsTheWorkflowsUsingTheLayout() {
		String usage = "{\"workflows\":[{\"name\":\"Welcome\",\"workflowId\":\"welcome-email\"},"
				+ "{\"name\":\"Reset\",\"workflowId\":\"password-reset\"}]}";
		novu.stubFor(get("/v2/layouts/brand/usage").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(usage) + "}")));

		WorkflowUsage result = novu.client().v2().layouts().usage("brand");

		assertThat(result.workflows()).extracting(WorkflowUsage.Workflow::workflowId)
			.containsExactly("welcome-email", "password-reset");
		RichJson.assertNoFieldLost(result, usage);
	}

	@Test
	void aMissingLayoutIsNotFoundAndA422KeepsTheGeneralErrors() {
		novu.stubFor(get("/v2/layouts/nope").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v2/layouts/nope\","
				+ "\"message\":\"Layout not found for id nope\",\"error\":\"Not Found\"}")));
		novu.stubFor(post("/v2/layouts").willReturn(json(422, "{\"statusCode\":422,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v2/layouts\",\"message\":\"Validation Error\","
				+ "\"errors\":{\"general\":{\"messages\":[\"layoutId should not be empty\"],\"value\":\"No Value Recorded\"}}}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> client.v2().layouts().retrieve("nope"))
			.satisfies((ex) -> assertThat(ex.getNovuMessage()).isEqualTo("Layout not found for id nope"));
		assertThatExceptionOfType(NovuApiException.class)
			.isThrownBy(() -> client.v2().layouts().create(CreateLayoutRequest.of("x", "X")))
			.satisfies((ex) -> {
				assertThat(ex.getStatusCode()).isEqualTo(422);
				assertThat(ex.getValidationErrors()).singleElement().satisfies((error) -> {
					assertThat(error.field()).isEqualTo("general");
					assertThat(error.messages()).containsExactly("layoutId should not be empty");
				});
			});
	}

	@Test
	void badInputFailsBeforeAnythingIsSent() {
		Layouts layouts = novu.client().v2().layouts();

		assertThatIllegalArgumentException().isThrownBy(() -> ListLayoutsRequest.builder().limit(0).build())
			.withMessageContaining("layouts.list limit must be 1 or more, was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> ListLayoutsRequest.builder().offset(-1).build())
			.withMessageContaining("offset must be 0 or more, was -1");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateLayoutRequest.of(" ", "Name"))
			.withMessageContaining("layoutId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateLayoutRequest.of("brand", ""))
			.withMessageContaining("A layout needs a name");
		assertThatIllegalArgumentException().isThrownBy(() -> UpdateLayoutRequest.builder(" ").build())
			.withMessageContaining("A layout needs a name");
		assertThatIllegalArgumentException().isThrownBy(() -> DuplicateLayoutRequest.builder("Copy").layoutId("..").build())
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> layouts.retrieve(""))
			.withMessageContaining("layoutId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> layouts.usage(".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> layouts.delete(null))
			.withMessageContaining("layoutId must not be null");
		assertThatNullPointerException().isThrownBy(() -> layouts.list(null));
		assertThatNullPointerException().isThrownBy(() -> layouts.update("brand", null));
		assertThatNullPointerException().isThrownBy(() -> layouts.generatePreview("brand", null));
		assertThat(novu.requests()).isEmpty();
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
