package io.github.novu4j.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.StepType;
import io.github.novu4j.client.v2.layouts.CreateLayoutRequest;
import io.github.novu4j.client.v2.translations.CreateTranslationRequest;
import io.github.novu4j.client.v2.translations.ImportMasterJsonRequest;
import io.github.novu4j.client.v2.translations.TranslationFile;
import io.github.novu4j.client.v2.translations.TranslationResourceType;
import io.github.novu4j.client.v2.translations.Translations;
import io.github.novu4j.client.v2.translations.UploadTranslationsRequest;
import io.github.novu4j.client.v2.workflows.CreateWorkflowRequest;
import io.github.novu4j.client.v2.workflows.StepRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Translations v2 of the local Novu: stored per stored workflow or layout and locale, uploads included. */
class TranslationRoutesTests extends KitRoutesTestSupport {

	private static final TranslationResourceType WORKFLOW = TranslationResourceType.WORKFLOW;

	private Translations translations() {
		return this.client.v2().translations();
	}

	@BeforeEach
	void aWorkflowAndALayout() {
		this.client.v2().workflows().create(CreateWorkflowRequest.builder("welcome", "Welcome").isTranslationEnabled(true)
			.step(StepRequest.of(StepType.IN_APP, "Note").withControlValues(Map.of("body", "{{t.hello}}")))
			.build());
		this.client.v2().layouts().create(CreateLayoutRequest.builder("brand", "Brand").isTranslationEnabled(true).build());
	}

	@Test
	void createRetrieveGroupDelete() {
		var fr = translations().create(CreateTranslationRequest.of(WORKFLOW, "welcome", "fr_FR", Map.of("hello", "Bonjour")));
		assertThat(fr.content()).containsEntry("hello", "Bonjour");
		translations().create(CreateTranslationRequest.of(WORKFLOW, "welcome", "de_DE", Map.of("hello", "Hallo")));
		assertThat(translations().retrieve(WORKFLOW, "welcome", "de_DE").content()).containsEntry("hello", "Hallo");

		var group = translations().groups().retrieve(WORKFLOW, "welcome");
		assertThat(group.resourceName()).isEqualTo("Welcome");
		assertThat(group.locales()).containsExactlyInAnyOrder("fr_FR", "de_DE");

		translations().delete(WORKFLOW, "welcome", "de_DE");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> translations().retrieve(WORKFLOW, "welcome", "de_DE"));
		assertThat(translations().groups().retrieve(WORKFLOW, "welcome").locales()).containsExactly("fr_FR");
		translations().groups().delete(WORKFLOW, "welcome");
		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> translations().groups().retrieve(WORKFLOW, "welcome"));
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> translations()
			.create(CreateTranslationRequest.of(WORKFLOW, "nope", "fr_FR", Map.of("a", "b"))));
	}

	@Test
	void masterJsonImportUploadAndRetrieve() {
		var imported = translations().master().importJson(ImportMasterJsonRequest.of("fr_FR", Map.of(
				"workflows", Map.of("welcome", Map.of("hello", "Bonjour"), "missing", Map.of("x", "y")),
				"layouts", Map.of("brand", Map.of("footer", "Pied")))));
		assertThat(imported.success()).isTrue();
		assertThat(imported.successful()).containsExactly("welcome", "brand");
		assertThat(imported.failed()).containsExactly("missing");

		var uploaded = translations().master().upload(TranslationFile.of("de_DE.json",
				"{\"workflows\":{\"welcome\":{\"hello\":\"Hallo\"}}}".getBytes(StandardCharsets.UTF_8)));
		assertThat(uploaded.successful()).containsExactly("welcome");

		var french = translations().master().retrieve("fr_FR");
		assertThat(french.workflows()).containsEntry("welcome", Map.of("hello", "Bonjour"));
		assertThat(french.layouts()).containsEntry("brand", Map.of("footer", "Pied"));
		assertThat(translations().master().retrieve("de_DE").workflows()).containsOnlyKeys("welcome");
	}

	@Test
	void uploadStoresEveryValidFileAndReportsTheOthers() {
		var result = translations().upload(UploadTranslationsRequest.of(WORKFLOW, "welcome",
				TranslationFile.of("en_US.json", "{\"hello\":\"Hello\"}".getBytes(StandardCharsets.UTF_8)),
				TranslationFile.of("es_ES.json", "{not json".getBytes(StandardCharsets.UTF_8))));
		assertThat(result.totalFiles()).isEqualTo(2);
		assertThat(result.successfulUploads()).isEqualTo(1);
		assertThat(result.errors()).containsExactly("Invalid JSON in file: es_ES.json");
		assertThat(translations().retrieve(WORKFLOW, "welcome", "en_US").content()).containsEntry("hello", "Hello");
	}

	@Test
	void invalidRequestsGetNovusErrors() throws Exception {
		this.invalidRequests.add("/v2/translations");
		Raw missing = send("POST", "/v2/translations", "{\"resourceId\":\"welcome\",\"resourceType\":\"workflow\"}");
		assertThat(missing.status()).isEqualTo(422);
		assertThat(missing.json().get("errors").get("general").get("messages").toString()).contains("locale should not be empty");
		assertThat(get("/v2/translations/workflow/welcome/it_IT").status()).isEqualTo(404);
	}

}
