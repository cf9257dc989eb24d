package io.github.novu4j.test;

import java.util.Set;

import io.github.novu4j.client.NovuApiException;
import io.github.novu4j.client.NovuClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The base of the per-area route tests: the real {@link NovuClient} against a local Novu, and after each test
 * every request checked against Novu's OpenAPI documents and every 2xx answer against its response schema.
 */
@ExtendWith(LocalNovuExtension.class)
abstract class RoutesTestSupport {

	LocalNovu novu;

	NovuClient client;

	/**
	 * Raw paths whose requests are not checked against the documents: deliberately invalid ones, and valid ones
	 * the document refuses because of a defect in it (named where the test adds them).
	 */
	final Set<String> requestsNotChecked = new java.util.HashSet<>();

	/**
	 * @return "METHOD /template" entries whose documented response is wrong and the server wins, each with its
	 * WIRE-FORMAT section next to it in the subclass
	 */
	Set<String> documentedWrong() {
		return Set.of();
	}

	@AfterEach
	void requestsAndAnswersFollowNovusOpenApiDocuments() {
		OpenApiCheck.assertValid(this.novu.requests(), this.requestsNotChecked);
		assertThat(OpenApiCheck.responseProblems(this.novu.answers(), documentedWrong())).isEmpty();
	}

	/**
	 * Runs a call that must fail with Novu's error body, and returns the exception.
	 * @param status the expected HTTP status
	 * @param message what the error body's message must contain
	 */
	static NovuApiException fails(int status, String message, ThrowingCallable call) {
		NovuApiException ex = catchThrowableOfType(NovuApiException.class, call);
		assertThat(ex).as("a %d answer", status).isNotNull();
		assertThat(ex.getStatusCode()).isEqualTo(status);
		assertThat(ex.getRawBody()).contains(message).contains("\"statusCode\":" + status);
		return ex;
	}

}
