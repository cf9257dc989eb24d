package io.github.novu4j.test;

import java.util.Map;

import io.github.novu4j.client.CursorPage;
import io.github.novu4j.client.CursorPagination;
import io.github.novu4j.client.NovuConflictException;
import io.github.novu4j.client.NovuNotFoundException;
import io.github.novu4j.client.v2.contexts.Context;
import io.github.novu4j.client.v2.contexts.Contexts;
import io.github.novu4j.client.v2.contexts.CreateContextRequest;
import io.github.novu4j.client.v2.contexts.ListContextsRequest;
import io.github.novu4j.client.v2.contexts.UpdateContextRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Contexts v2 of the local Novu: stored, with a cursor-paginated list. */
class ContextRoutesTests extends KitRoutesTestSupport {

	private Contexts contexts() {
		return this.client.v2().contexts();
	}

	@Test
	void createRetrieveUpdateDelete() {
		Context acme = contexts().create(CreateContextRequest.of("tenant", "acme", Map.of("name", "Acme", "plan", "pro")));
		assertThat(acme.data()).containsEntry("plan", "pro");
		assertThatExceptionOfType(NovuConflictException.class)
			.isThrownBy(() -> contexts().create(CreateContextRequest.of("tenant", "acme")))
			.withMessageContaining("already exists");
		assertThat(contexts().retrieve("tenant", "acme").data()).containsEntry("name", "Acme");
		Context updated = contexts().update("tenant", "acme", UpdateContextRequest.of(Map.of("name", "Acme Corp")));
		assertThat(updated.data()).containsExactlyEntriesOf(Map.of("name", "Acme Corp"));
		contexts().delete("tenant", "acme");
		assertThatExceptionOfType(NovuNotFoundException.class).isThrownBy(() -> contexts().retrieve("tenant", "acme"))
			.withMessageContaining("Context with id 'acme' and type 'tenant' not found in environment "
					+ this.novu.client().environments().retrieve().id());
	}

	@Test
	void listFollowsCursorsAndFilters() {
		for (String id : new String[] { "a", "b", "c" }) {
			contexts().create(CreateContextRequest.of("tenant", id));
		}
		contexts().create(CreateContextRequest.of("project", "p1"));
		CursorPage<Context> first = contexts().list(ListContextsRequest.of(CursorPagination.limit(2))).firstPage();
		assertThat(first.data()).extracting(Context::id).containsExactly("p1", "c");
		assertThat(first.totalCount()).isEqualTo(4);
		assertThat(first.next()).isNotNull();
		assertThat(contexts().list(ListContextsRequest.of(CursorPagination.limit(2))).stream()).extracting(Context::id)
			.containsExactly("p1", "c", "b", "a");
		assertThat(contexts().list(ListContextsRequest.none().withId("b")).stream()).extracting(Context::id)
			.containsExactly("b");
	}

	@Test
	void invalidRequestsGetNovusErrors() throws Exception {
		this.invalidRequests.add("/v2/contexts");
		Raw overLimit = get("/v2/contexts?limit=101");
		assertThat(overLimit.status()).isEqualTo(422);
		Raw both = get("/v2/contexts?after=a&before=b");
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.message()).isEqualTo("Cannot specify both \"before\" and \"after\" cursors at the same time.");
		Raw noType = send("POST", "/v2/contexts", "{\"id\":\"x\"}");
		assertThat(noType.status()).isEqualTo(422);
	}

}
