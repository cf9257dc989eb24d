package io.github.novu4j.client.v2.translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A JSON translation file to upload, read into memory when it is created: from a path, from bytes, or
 * from a stream with a file name. Holding the bytes lets the client send the upload again when a retry
 * is needed, even when it came from a stream (which can be read only once).
 *
 * <p>Novu reads the locale from the file name: {@code en_US.json}, {@code fr_FR.json}.
 *
 * <pre>{@code
 * TranslationFile.of(Path.of("i18n/en_US.json"));
 * TranslationFile.of("fr_FR.json", bytes);
 * TranslationFile.of("de_DE.json", inputStream);   // read fully now; the caller closes the stream
 * }</pre>
 */
public final class TranslationFile {

	private final String fileName;

	private final byte[] content;

	private TranslationFile(String fileName, byte[] content) {
		this.fileName = requireFileName(fileName);
		if (content.length == 0) {
			throw new IllegalArgumentException("Translation file " + fileName + " is empty");
		}
		this.content = content;
	}

	/**
	 * Reads a file now; its name (without directories) is the file name sent.
	 * @param file the file, e.g. {@code i18n/en_US.json}
	 * @return the file
	 * @throws UncheckedIOException if it cannot be read
	 * @throws IllegalArgumentException if it is empty
	 */
	public static TranslationFile of(Path file) {
		Objects.requireNonNull(file, "file");
		Path name = file.getFileName();
		if (name == null) {
			throw new IllegalArgumentException("Translation file path has no file name: " + file);
		}
		try {
			return new TranslationFile(name.toString(), Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read translation file " + file, ex);
		}
	}

	/**
	 * @param fileName the file name sent, e.g. {@code en_US.json}
	 * @param content the file's bytes (JSON); copied
	 * @return the file
	 * @throws IllegalArgumentException if the name is blank or holds a line break, or the content is empty
	 */
	public static TranslationFile of(String fileName, byte[] content) {
		Objects.requireNonNull(content, "content");
		return new TranslationFile(fileName, content.clone());
	}

	/**
	 * Reads the stream to its end now; the caller still closes it.
	 * @param fileName the file name sent, e.g. {@code en_US.json}
	 * @param content the file's bytes (JSON)
	 * @return the file
	 * @throws UncheckedIOException if the stream cannot be read
	 * @throws IllegalArgumentException if the name is blank or holds a line break, or the stream is empty
	 */
	public static TranslationFile of(String fileName, InputStream content) {
		Objects.requireNonNull(content, "content");
		requireFileName(fileName);
		try {
			return new TranslationFile(fileName, content.readAllBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read translation file " + fileName, ex);
		}
	}

	/** @return the file name sent, e.g. {@code en_US.json} */
	public String fileName() {
		return this.fileName;
	}

	/** @return a copy of the file's bytes */
	public byte[] content() {
		return this.content.clone();
	}

	/** @return the file's size in bytes */
	public int size() {
		return this.content.length;
	}

	byte[] bytes() {
		return this.content;
	}

	@Override
	public String toString() {
		return "TranslationFile{" + this.fileName + ", " + this.content.length + " bytes}";
	}

	private static String requireFileName(String fileName) {
		Objects.requireNonNull(fileName, "fileName");
		if (fileName.isBlank() || fileName.indexOf('\r') >= 0 || fileName.indexOf('\n') >= 0) {
			throw new IllegalArgumentException(
					"A translation file needs a file name such as en_US.json, without line breaks, was '" + fileName + "'");
		}
		return fileName;
	}

}
