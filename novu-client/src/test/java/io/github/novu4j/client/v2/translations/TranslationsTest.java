package io.github.novu4j.client.v2.translations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.novu4j.client.NovuClient;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.NovuServerException;
import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.RetrySettings;
import io.github.novu4j.client.internal.NovuJson;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.testing.MockNovu;
import io.github.novu4j.client.testing.RichJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.novu4j.client.testing.MockNovu.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class TranslationsTest {

	static final String TRANSLATION = "{\"resourceId\":\"welcome-email\",\"resourceType\":\"workflow\",\"locale\":\"fr_FR\","
			+ "\"content\":{\"welcome.title\":\"Bienvenue\",\"nested\":{\"cta\":\"Commencer\"}},"
			+ "\"createdAt\":\"2026-04-01T09:00:00.000Z\",\"updatedAt\":\"2026-04-02T09:00:00.000Z\"}";

	static final String IMPORT_RESULT = "{\"success\":true,"
			+ "\"message\":\"Successfully imported translations for 1 resources: welcome-email\","
			+ "\"successful\":[\"welcome-email\"],\"failed\":[\"missing-workflow\"]}";

	static final String UPLOAD_RESULT = "{\"totalFiles\":2,\"successfulUploads\":1,\"failedUploads\":1,"
			+ "\"errors\":[\"Invalid JSON in file: de_DE.json\"]}";

	@RegisterExtension
	static MockNovu novu = new MockNovu();

	@Test
	void createPostsTheTranslationAndReadsThe200Answer() {
		novu.stubFor(post("/v2/translations").willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(TRANSLATION) + "}")));

		Translation translation = novu.client().v2().translations().create(CreateTranslationRequest.of(
				TranslationResourceType.WORKFLOW, "welcome-email", "fr_FR", Map.of("welcome.title", "Bienvenue")));

		assertThat(translation.resourceType()).isEqualTo(TranslationResourceType.WORKFLOW);
		assertThat(translation.content()).containsEntry("welcome.title", "Bienvenue");
		RichJson.assertNoFieldLost(translation, TRANSLATION);
		assertThat(NovuJson.mapper().readTree(onlyRequest().getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("{\"resourceId\":\"welcome-email\",\"resourceType\":\"workflow\","
					+ "\"locale\":\"fr_FR\",\"content\":{\"welcome.title\":\"Bienvenue\"}}"));
	}

	@Test
	void retrieveAndDeleteAddressOneLocale() {
		novu.stubFor(get("/v2/translations/layout/brand/fr_FR").willReturn(json(200, "{\"data\":"
				+ TRANSLATION.replace("\"workflow\"", "\"layout\"").replace("welcome-email", "brand") + "}")));
		novu.stubFor(delete("/v2/translations/layout/brand/fr_FR").willReturn(aResponse().withStatus(204)));
		NovuClient client = novu.client();

		Translation translation = client.v2().translations().retrieve(TranslationResourceType.LAYOUT, "brand", "fr_FR");
		client.v2().translations().delete(TranslationResourceType.LAYOUT, "brand", "fr_FR");

		assertThat(translation.resourceType()).isEqualTo(TranslationResourceType.LAYOUT);
		assertThat(translation.resourceId()).isEqualTo("brand");
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl())
			.containsExactly("GET /v2/translations/layout/brand/fr_FR", "DELETE /v2/translations/layout/brand/fr_FR");
	}

	@Test
	void aMissingTranslationIsNotFound() {
		novu.stubFor(get("/v2/translations/workflow/welcome-email/xx_XX").willReturn(json(404, "{\"statusCode\":404,"
				+ "\"timestamp\":\"2026-04-10T09:00:00.000Z\",\"path\":\"/v2/translations/workflow/welcome-email/xx_XX\","
				+ "\"message\":\"Translation not found\",\"error\":\"Not Found\"}")));
		NovuClient client = novu.client();

		assertThatExceptionOfType(NovuNotFoundException.class)
			.isThrownBy(() -> client.v2().translations().retrieve(TranslationResourceType.WORKFLOW, "welcome-email", "xx_XX"))
			.satisfies((ex) -> {
				assertThat(ex.getNovuMessage()).isEqualTo("Translation not found");
				assertThat(ex.getMessage()).contains("translations.retrieve");
			});
	}

	@Test
	void groupsRetrieveAndDelete() {
		String group = "{\"resourceId\":\"welcome-email\",\"resourceType\":\"workflow\",\"resourceName\":\"Welcome\","
				+ "\"locales\":[\"en_US\",\"fr_FR\"],\"outdatedLocales\":[\"fr_FR\"],"
				+ "\"createdAt\":\"2026-04-01T09:00:00.000Z\",\"updatedAt\":\"2026-04-02T09:00:00.000Z\"}";
		novu.stubFor(get("/v2/translations/group/workflow/welcome-email")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(group) + "}")));
		novu.stubFor(delete("/v2/translations/workflow/welcome-email").willReturn(aResponse().withStatus(204)));
		NovuClient client = novu.client();

		TranslationGroup result = client.v2().translations().groups().retrieve(TranslationResourceType.WORKFLOW, "welcome-email");
		client.v2().translations().groups().delete(TranslationResourceType.WORKFLOW, "welcome-email");

		assertThat(result.locales()).containsExactly("en_US", "fr_FR");
		assertThat(result.outdatedLocales()).containsExactly("fr_FR");
		RichJson.assertNoFieldLost(result, group);
		assertThat(novu.requests()).extracting((r) -> r.getMethod().getName() + " " + r.getUrl())
			.containsExactly("GET /v2/translations/group/workflow/welcome-email",
					"DELETE /v2/translations/workflow/welcome-email");
	}

	@Test
	void masterRetrieveSendsTheLocaleOnlyWhenGiven() {
		String master = "{\"workflows\":{\"welcome-email\":{\"welcome.title\":\"Welcome\"}},"
				+ "\"layouts\":{\"brand\":{\"footer\":\"Bye\"}}}";
		novu.stubFor(get(urlPathEqualTo("/v2/translations/master-json"))
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(master) + "}")));
		NovuClient client = novu.client();

		MasterJson forLocale = client.v2().translations().master().retrieve("en_US");
		client.v2().translations().master().retrieve();

		assertThat(forLocale.workflows()).containsKey("welcome-email");
		RichJson.assertNoFieldLost(forLocale, master);
		assertThat(novu.requests()).extracting(LoggedRequest::getUrl)
			.containsExactly("/v2/translations/master-json?locale=en_US", "/v2/translations/master-json");
	}

	@Test
	void masterImportJsonPostsLocaleAndDocument() {
		novu.stubFor(post("/v2/translations/master-json")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(IMPORT_RESULT) + "}")));

		ImportMasterJsonResult result = novu.client().v2().translations().master().importJson(ImportMasterJsonRequest
			.of("en_US", Map.of("workflows", Map.of("welcome-email", Map.of("welcome.title", "Welcome")))));

		assertThat(result.success()).isTrue();
		assertThat(result.failed()).containsExactly("missing-workflow");
		RichJson.assertNoFieldLost(result, IMPORT_RESULT);
		assertThat(NovuJson.mapper().readTree(onlyRequest().getBodyAsString()))
			.isEqualTo(NovuJson.mapper().readTree("{\"locale\":\"en_US\","
					+ "\"masterJson\":{\"workflows\":{\"welcome-email\":{\"welcome.title\":\"Welcome\"}}}}"));
	}

	@Test
	void uploadSendsResourceFieldsAndEveryFileAsMultipart(@TempDir Path dir) throws IOException {
		Path english = dir.resolve("en_US.json");
		Files.writeString(english, "{\"welcome.title\":\"Welcome\"}");
		novu.stubFor(post("/v2/translations/upload")
			.willReturn(json(200, "{\"data\":" + RichJson.withUnknownFields(UPLOAD_RESULT) + "}")));

		UploadTranslationsResult result = novu.client().v2().translations().upload(UploadTranslationsRequest.of(
				TranslationResourceType.WORKFLOW, "welcome-email", TranslationFile.of(english),
				TranslationFile.of("de_DE.json", "{not json".getBytes(StandardCharsets.UTF_8))));

		assertThat(result.failedUploads()).isEqualTo(1);
		assertThat(result.errors()).containsExactly("Invalid JSON in file: de_DE.json");
		RichJson.assertNoFieldLost(result, UPLOAD_RESULT);
		LoggedRequest request = onlyRequest();
		MediaType contentType = MediaType.parseMediaType(request.getHeader("Content-Type"));
		assertThat(contentType.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)).isTrue();
		assertThat(request.getBodyAsString()).startsWith("--" + contentType.getParameter("boundary") + "\r\n")
			.endsWith("\r\n--" + contentType.getParameter("boundary") + "--\r\n");
		assertThat(request.getHeader("Idempotency-Key")).isNotBlank();
		List<Request.Part> parts = List.copyOf(request.getParts());
		assertThat(parts).extracting(Request.Part::getName).containsExactly("resourceId", "resourceType", "files", "files");
		assertThat(parts.get(0).getBody().asString()).isEqualTo("welcome-email");
		assertThat(parts.get(1).getBody().asString()).isEqualTo("workflow");
		assertThat(parts.get(2).getHeader("Content-Disposition").firstValue())
			.isEqualTo("form-data; name=\"files\"; filename=\"en_US.json\"");
		assertThat(parts.get(2).getHeader("Content-Type").firstValue()).isEqualTo("application/json");
		assertThat(parts.get(2).getBody().asString()).isEqualTo("{\"welcome.title\":\"Welcome\"}");
		assertThat(parts.get(3).getHeader("Content-Disposition").firstValue()).contains("filename=\"de_DE.json\"");
		assertThat(parts.get(3).getBody().asString()).isEqualTo("{not json");
	}

	@Test
	void masterUploadSendsOneFilePartNamedFile() {
		novu.stubFor(post("/v2/translations/master-json/upload")
			.willReturn(json(200, "{\"data\":" + IMPORT_RESULT + "}")));
		byte[] content = "{\"workflows\":{\"welcome-email\":{\"welcome.title\":\"Bonjour\"}}}".getBytes(StandardCharsets.UTF_8);

		ImportMasterJsonResult result = novu.client().v2().translations().master()
			.upload(TranslationFile.of("fr_FR.json", new ByteArrayInputStream(content)));

		assertThat(result.successful()).containsExactly("welcome-email");
		List<Request.Part> parts = List.copyOf(onlyRequest().getParts());
		assertThat(parts).singleElement().satisfies((part) -> {
			assertThat(part.getName()).isEqualTo("file");
			assertThat(part.getHeader("Content-Disposition").firstValue()).contains("filename=\"fr_FR.json\"");
			assertThat(part.getBody().asBytes()).isEqualTo(content);
		});
	}

	@Test
	void anUploadFromAStreamIsRetriedWithTheSameBytesAndKey() {
		novu.stubFor(post("/v2/translations/master-json/upload").inScenario("retry").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}"))
			.willSetStateTo("up"));
		novu.stubFor(post("/v2/translations/master-json/upload").inScenario("retry").whenScenarioStateIs("up")
			.willReturn(json(200, "{\"data\":" + IMPORT_RESULT + "}")));
		InputStream once = new ByteArrayInputStream("{\"workflows\":{}}".getBytes(StandardCharsets.UTF_8));

		ImportMasterJsonResult result = novu.client().v2().translations().master()
			.upload(TranslationFile.of("en_US.json", once));

		assertThat(result.success()).isTrue();
		List<LoggedRequest> requests = novu.requests();
		assertThat(requests).hasSize(2);
		assertThat(requests.get(1).getBody()).isEqualTo(requests.get(0).getBody());
		assertThat(requests.get(1).getHeader("Content-Type")).isEqualTo(requests.get(0).getHeader("Content-Type"));
		assertThat(requests.get(1).getHeader("Idempotency-Key")).isEqualTo(requests.get(0).getHeader("Idempotency-Key"));
		assertThat(new String(requests.get(1).getBody(), StandardCharsets.UTF_8)).contains("{\"workflows\":{}}");
	}

	@Test
	void anUploadWithRetriesOffIsSentOnce() {
		novu.stubFor(post("/v2/translations/upload").willReturn(json(503, "{\"statusCode\":503,\"message\":\"Service Unavailable\"}")));
		NovuClient client = novu.client();
		UploadTranslationsRequest request = UploadTranslationsRequest.of(TranslationResourceType.WORKFLOW, "w",
				TranslationFile.of("en_US.json", new byte[] { '{', '}' }));

		assertThatExceptionOfType(NovuServerException.class)
			.isThrownBy(() -> client.v2().translations().upload(request, RequestOptions.builder()
				.retry(RetrySettings.disabled())
				.build()))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(503));
		assertThat(novu.requests()).hasSize(1);
	}

	@Test
	void fileNamesWithQuotesAreEscapedInTheirPartHeader() {
		novu.stubFor(post("/v2/translations/master-json/upload").willReturn(json(200, "{\"data\":" + IMPORT_RESULT + "}")));

		novu.client().v2().translations().master().upload(TranslationFile.of("en\"US.json", new byte[] { '{', '}' }));

		assertThat(new String(onlyRequest().getBody(), StandardCharsets.UTF_8))
			.contains("Content-Disposition: form-data; name=\"file\"; filename=\"en%22US.json\"\r\n");
	}

	@Test
	void traceLoggingShowsTheUploadsSizeNotItsContent() {
		novu.stubFor(post("/v2/translations/master-json/upload").willReturn(json(200, "{\"data\":" + IMPORT_RESULT + "}")));
		Logger logger = (Logger) LoggerFactory.getLogger(NovuTransport.class);
		ListAppender<ILoggingEvent> appender = new ListAppender<>();
		Level previous = logger.getLevel();
		logger.setLevel(Level.TRACE);
		appender.start();
		logger.addAppender(appender);
		try {
			novu.client().v2().translations().master()
				.upload(TranslationFile.of("en_US.json", "{\"t\":\"private-wording-42\"}".getBytes(StandardCharsets.UTF_8)));
		}
		finally {
			logger.detachAppender(appender);
			logger.setLevel(previous);
		}

		List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
		assertThat(lines).anySatisfy((line) -> assertThat(line)
			.startsWith("Novu translations.master.upload POST /v2/translations/master-json/upload request body (attempt 1): <")
			.contains("bytes"));
		assertThat(lines).noneSatisfy((line) -> assertThat(line).contains("private-wording-42"));
	}

	@Test
	void badInputFailsBeforeAnythingIsSent(@TempDir Path dir) {
		Translations translations = novu.client().v2().translations();

		assertThatIllegalArgumentException().isThrownBy(() -> TranslationFile.of(" ", new byte[] { 1 }))
			.withMessageContaining("needs a file name such as en_US.json");
		assertThatIllegalArgumentException().isThrownBy(() -> TranslationFile.of("a\r\nX-Evil: 1", new byte[] { 1 }))
			.withMessageContaining("without line breaks");
		assertThatIllegalArgumentException().isThrownBy(() -> TranslationFile.of("en_US.json", new byte[0]))
			.withMessageContaining("Translation file en_US.json is empty");
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> TranslationFile.of(dir.resolve("missing.json")))
			.withMessageContaining("missing.json");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new UploadTranslationsRequest(TranslationResourceType.WORKFLOW, "w", List.of()))
			.withMessageContaining("needs at least one file");
		assertThatIllegalArgumentException().isThrownBy(() -> CreateTranslationRequest.of(TranslationResourceType.WORKFLOW,
				"", "en_US", Map.of())).withMessageContaining("resourceId must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> ImportMasterJsonRequest.of(" ", Map.of()))
			.withMessageContaining("locale must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> translations.retrieve(TranslationResourceType.WORKFLOW, "w", ".."))
			.withMessageContaining("leave its path segment");
		assertThatIllegalArgumentException().isThrownBy(() -> translations.master().retrieve(" "))
			.withMessageContaining("locale must not be blank");
		assertThatIllegalArgumentException().isThrownBy(() -> TranslationResourceType.of(""));
		assertThatNullPointerException().isThrownBy(() -> translations.groups().delete(null, "w"));
		assertThatNullPointerException().isThrownBy(() -> translations.upload(null));
		assertThatNullPointerException().isThrownBy(() -> translations.master().upload(null));
		assertThat(novu.requests()).isEmpty();
	}

	@Test
	void aTranslationFileShowsNoContentAndCopiesItsBytes() {
		byte[] bytes = { '{', '}' };
		TranslationFile file = TranslationFile.of("en_US.json", bytes);
		bytes[0] = 'x';

		assertThat(file.content()).containsExactly('{', '}');
		assertThat(file.size()).isEqualTo(2);
		assertThat(file).hasToString("TranslationFile{en_US.json, 2 bytes}");
	}

	private static LoggedRequest onlyRequest() {
		assertThat(novu.requests()).hasSize(1);
		return novu.requests().get(0);
	}

}
