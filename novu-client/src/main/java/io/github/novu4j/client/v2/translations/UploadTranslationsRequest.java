package io.github.novu4j.client.v2.translations;

import java.util.List;
import java.util.Objects;

import io.github.novu4j.client.internal.PathSegments;

/**
 * Translation files to upload for one workflow or layout, one file per locale (the multipart form of
 * {@code POST /v2/translations/upload}).
 *
 * @param resourceType whether it is a workflow or a layout
 * @param resourceId the workflow or layout identifier (or slug)
 * @param files the files, named after their locale ({@code en_US.json}); at least one
 */
public record UploadTranslationsRequest(TranslationResourceType resourceType, String resourceId,
		List<TranslationFile> files) {

	/**
	 * Checks every field and copies the list.
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param files the files; at least one
	 * @throws IllegalArgumentException if the identifier is blank or there is no file
	 */
	public UploadTranslationsRequest {
		Objects.requireNonNull(resourceType, "resourceType");
		PathSegments.requireId(resourceId, "resourceId");
		Objects.requireNonNull(files, "files");
		files = List.copyOf(files);
		if (files.isEmpty()) {
			throw new IllegalArgumentException("Uploading translations of " + resourceId + " needs at least one file");
		}
	}

	/**
	 * @param resourceType whether it is a workflow or a layout
	 * @param resourceId the workflow or layout identifier
	 * @param files the files, named after their locale
	 * @return the request
	 */
	public static UploadTranslationsRequest of(TranslationResourceType resourceType, String resourceId,
			TranslationFile... files) {
		return new UploadTranslationsRequest(resourceType, resourceId, List.of(files));
	}

}
