package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.OrderDirection;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.v2.layouts.CreateLayoutRequest;
import io.github.novu4j.client.v2.layouts.DuplicateLayoutRequest;
import io.github.novu4j.client.v2.layouts.Layout;
import io.github.novu4j.client.v2.layouts.LayoutPreviewRequest;
import io.github.novu4j.client.v2.layouts.Layouts;
import io.github.novu4j.client.v2.layouts.ListLayoutsRequest;
import io.github.novu4j.client.v2.layouts.UpdateLayoutRequest;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.StepRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Layouts v2 of the local Novu: stored, listed by offset, previewed, and their usage read from workflows. */
class LayoutRoutesTests extends KitRoutesTestSupport {

	private Layouts layouts() {
		return this.client.v2().layouts();
	}

	@Test
	void createRetrieveUpdateDuplicateDelete() {
		Layout brand = layouts().create(CreateLayoutRequest.builder("brand", "Brand frame").isTranslationEnabled(true).build());
		assertThat(brand.layoutId()).isEqualTo("brand");
		assertThat(brand.isDefault()).isTrue();
		assertThat(brand.isTranslationEnabled()).isTrue();
		Layout plain = layouts().create(CreateLayoutRequest.of("plain", "Plain"));
		assertThat(plain.isDefault()).isFalse();

		assertThat(layouts().retrieve("brand").name()).isEqualTo("Brand frame");
		assertThat(layouts().retrieve(brand.id()).layoutId()).isEqualTo("brand");
		Layout updated = layouts().update("plain", UpdateLayoutRequest.builder("Plain v2")
			.email("<html><body><h1>Hi {{subscriber.firstName}}</h1>{{content}}</body></html>", "html")
			.build());
		assertThat(updated.name()).isEqualTo("Plain v2");
		assertThat(updated.controls()).extractingByKey("values").asString().contains("<h1>Hi");

		Layout copy = layouts().duplicate("plain", DuplicateLayoutRequest.of("Plain copy"));
		assertThat(copy.layoutId()).isEqualTo("plain-copy");
		assertThat(copy.controls()).extractingByKey("values").asString().contains("<h1>Hi");

		assertThatExceptionOfType(NovuConflictException.class).isThrownBy(() -> layouts().delete("brand"));
		layouts().delete("plain-copy");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> layouts().retrieve("plain-copy"))
			.withMessageContaining("Layout not found");
	}

	@Test
	void listPreviewAndUsage() {
		layouts().create(CreateLayoutRequest.of("brand", "Brand"));
		layouts().create(CreateLayoutRequest.of("alerts", "Alerts"));
		layouts().create(CreateLayoutRequest.of("news", "Newsletter"));
		var page = layouts().list(ListLayoutsRequest.builder().limit(2).build());
		assertThat(page.totalCount()).isEqualTo(3);
		assertThat(page.layouts()).extracting(Layout::layoutId).containsExactly("news", "alerts");
		assertThat(layouts().list(ListLayoutsRequest.builder().orderBy(ListLayoutsRequest.ORDER_BY_NAME)
			.orderDirection(OrderDirection.ASC).offset(1).build()).layouts()).extracting(Layout::name)
			.containsExactly("Brand", "Newsletter");
		assertThat(layouts().list(ListLayoutsRequest.builder().query("news").build()).layouts()).hasSize(1);

		var preview = layouts().generatePreview("brand", LayoutPreviewRequest.none());
		assertThat(preview.result()).containsEntry("type", "email");
		assertThat(preview.result().get("preview").toString()).contains("<html><body><p>The step's content goes here.</p>");

		this.client.v2().workflows().create(CreateWorkflowRequest.builder("digest", "Digest")
			.step(StepRequest.of(StepType.EMAIL, "Mail").withControlValues(Map.of("subject", "S", "body", "B", "layoutId", "brand")))
			.build());
		assertThat(layouts().usage("brand").workflows()).singleElement()
			.satisfies((w) -> assertThat(w.workflowId()).isEqualTo("digest"));
		assertThat(layouts().usage("news").workflows()).isEmpty();
	}

	@Test
	void invalidRequestsGetNovusErrors() throws Exception {
		this.invalidRequests.add("/v2/layouts");
		Raw missing = send("POST", "/v2/layouts", "{\"layoutId\":\"x\"}");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get("general").get("messages").get(0).asString())
			.isEqualTo("name should not be empty");
		Raw unknown = get("/v2/layouts/nope/usage");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("layoutId").asString()).isEqualTo("nope");
	}

}
