package io.github.novu4j.client.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class MultipartBodyTest {

	@Test
	void encodesTextAndFilePartsBetweenBoundaries() {
		MultipartBody body = MultipartBody.builder()
			.text("resourceType", "workflow")
			.file("files", "en_US.json", MediaType.APPLICATION_JSON, "{\"a\":\"b\"}".getBytes(StandardCharsets.UTF_8))
			.build();
		String boundary = body.mediaType().getParameter("boundary");

		assertThat(body.mediaType().isCompatibleWith(MediaType.MULTIPART_FORM_DATA)).isTrue();
		assertThat(new String(body.toBytes(), StandardCharsets.UTF_8)).isEqualTo("--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"resourceType\"\r\n\r\nworkflow\r\n"
				+ "--" + boundary + "\r\n"
				+ "Content-Disposition: form-data; name=\"files\"; filename=\"en_US.json\"\r\n"
				+ "Content-Type: application/json\r\n\r\n{\"a\":\"b\"}\r\n"
				+ "--" + boundary + "--\r\n");
		// The same bytes every time: a retry resends exactly what the first attempt sent.
		assertThat(body.toBytes()).isEqualTo(body.toBytes());
	}

	@Test
	void toStringShowsNamesAndSizesButNoContentAndAnEmptyBodyIsRefused() {
		MultipartBody body = MultipartBody.builder()
			.file("file", "fr_FR.json", MediaType.APPLICATION_JSON, "secret-words".getBytes(StandardCharsets.UTF_8))
			.build();

		assertThat(body).hasToString("MultipartBody{file=fr_FR.json (12 bytes)}");
		assertThatIllegalStateException().isThrownBy(() -> MultipartBody.builder().build())
			.withMessageContaining("at least one part");
		assertThat(ApiCall.post("x", "/v2/translations/upload").body(body).build().contentType())
			.isEqualTo(body.mediaType());
		assertThat(ApiCall.post("x", "/v2/translations").body("{}").build().contentType())
			.isEqualTo(MediaType.APPLICATION_JSON);
	}

}
