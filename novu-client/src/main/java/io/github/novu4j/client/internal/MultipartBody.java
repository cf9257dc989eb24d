package io.github.novu4j.client.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * A {@code multipart/form-data} request body (RFC 7578), held in memory: text fields and files, in the
 * order added. Set it as an {@link ApiCall}'s body; the transport sends {@link #toBytes()} with
 * {@link #mediaType()}. Because every part is already bytes, the body can be sent again, so a
 * multipart call is retried like any other call of its method.
 *
 * <pre>{@code
 * MultipartBody body = MultipartBody.builder()
 *     .text("resourceType", "workflow")
 *     .file("files", "en_US.json", MediaType.APPLICATION_JSON, bytes)
 *     .build();
 * }</pre>
 */
public final class MultipartBody {

	private final String boundary;

	private final List<Part> parts;

	private MultipartBody(String boundary, List<Part> parts) {
		this.boundary = boundary;
		this.parts = List.copyOf(parts);
	}

	/** @return a builder with a random boundary */
	public static Builder builder() {
		return new Builder();
	}

	/** @return {@code multipart/form-data} with this body's boundary */
	public MediaType mediaType() {
		return new MediaType(MediaType.MULTIPART_FORM_DATA, Map.of("boundary", this.boundary));
	}

	/** @return the parts, in the order they are sent */
	public List<Part> parts() {
		return this.parts;
	}

	/** @return the encoded body, boundaries and part headers included */
	public byte[] toBytes() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (Part part : this.parts) {
			write(out, "--" + this.boundary + "\r\n");
			write(out, "Content-Disposition: form-data; name=\"" + quoted(part.name()) + "\"");
			if (part.fileName() != null) {
				write(out, "; filename=\"" + quoted(part.fileName()) + "\"");
			}
			write(out, "\r\n");
			if (part.contentType() != null) {
				write(out, "Content-Type: " + part.contentType() + "\r\n");
			}
			write(out, "\r\n");
			out.writeBytes(part.content());
			write(out, "\r\n");
		}
		write(out, "--" + this.boundary + "--\r\n");
		return out.toByteArray();
	}

	@Override
	public String toString() {
		// File contents are the caller's data: only names and sizes are shown.
		StringBuilder text = new StringBuilder("MultipartBody{");
		for (int i = 0; i < this.parts.size(); i++) {
			Part part = this.parts.get(i);
			text.append((i > 0) ? ", " : "").append(part.name());
			if (part.fileName() != null) {
				text.append('=').append(part.fileName());
			}
			text.append(" (").append(part.content().length).append(" bytes)");
		}
		return text.append('}').toString();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

	// RFC 7578 section 4.2 / the HTML form encoding: quote and line breaks are percent-encoded.
	private static String quoted(String value) {
		return value.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
	}

	/**
	 * One part of the body.
	 *
	 * @param name the form field name
	 * @param fileName the file name, or {@code null} for a text field
	 * @param contentType the part's content type, or {@code null} for a text field
	 * @param content the part's bytes
	 */
	public record Part(String name, @Nullable String fileName,
			@Nullable String contentType, byte[] content) {

		/**
		 * Checks the name and copies nothing: the builder owns the bytes.
		 * @param name the form field name
		 * @param fileName the file name, or {@code null} for a text field
		 * @param contentType the part's content type, or {@code null} for a text field
		 * @param content the part's bytes
		 */
		public Part {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(content, "content");
		}

	}

	/** Builder of {@link MultipartBody}. */
	public static final class Builder {

		private final List<Part> parts = new ArrayList<>();

		private Builder() {
		}

		/**
		 * Adds a text field, sent as UTF-8.
		 * @param name the field name
		 * @param value its value
		 * @return this builder
		 */
		public Builder text(String name, String value) {
			this.parts.add(new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8)));
			return this;
		}

		/**
		 * Adds a file.
		 * @param name the field name
		 * @param fileName the file name sent in {@code Content-Disposition}
		 * @param contentType the file's content type
		 * @param content the file's bytes; copied
		 * @return this builder
		 */
		public Builder file(String name, String fileName, MediaType contentType, byte[] content) {
			this.parts.add(new Part(name, Objects.requireNonNull(fileName, "fileName"), contentType.toString(),
					content.clone()));
			return this;
		}

		/** @return the body */
		public MultipartBody build() {
			if (this.parts.isEmpty()) {
				throw new IllegalStateException("A multipart body needs at least one part");
			}
			return new MultipartBody("novu4j-" + UUID.randomUUID(), this.parts);
		}

	}

}
