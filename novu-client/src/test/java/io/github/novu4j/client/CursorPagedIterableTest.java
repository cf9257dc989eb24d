package io.github.novu4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.github.novu4j.client.internal.NovuJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CursorPagedIterableTest {

	private static CursorPage<String> page(String next, String... items) {
		return new CursorPage<>(List.of(items), next, null, 5, false, null);
	}

	@Test
	void followsNextUntilItIsNullAndFetchesLazily() {
		List<CursorPagination> requested = new ArrayList<>();
		CursorPagedIterable<String> all = new CursorPagedIterable<>(CursorPagination.limit(2), (pagination) -> {
			requested.add(pagination);
			if (pagination.after() == null) {
				return page("c2", "a", "b");
			}
			return switch (pagination.after()) {
				case "c2" -> page("c4", "c", "d");
				case "c4" -> page(null, "e");
				default -> throw new AssertionError(pagination);
			};
		});
		assertThat(requested).hasSize(1);
		assertThat(all.stream().limit(3).toList()).containsExactly("a", "b", "c");
		assertThat(requested).hasSize(2);
		assertThat(all).containsExactly("a", "b", "c", "d", "e");
		assertThat(requested).extracting(CursorPagination::after).containsExactly(null, "c2", "c2", "c4");
		assertThat(requested).extracting(CursorPagination::limit).containsOnly(2);
	}

	@Test
	void neverFollowsTheSameCursorTwiceNorContinuesAfterAnEmptyPage() {
		CursorPagedIterable<String> looping = new CursorPagedIterable<>(CursorPagination.none(),
				(pagination) -> page("same", "x"));
		assertThat(looping).containsExactly("x", "x");
		CursorPagedIterable<String> empty = new CursorPagedIterable<>(CursorPagination.none(),
				(pagination) -> page("more"));
		assertThat(empty.pages()).hasSize(1);
	}

	@Test
	void paginationIsCheckedBeforeAnythingIsSent() {
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPagination.limit(101)).withMessageContaining("1 to 100");
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPagination.limit(0));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> CursorPagination.builder().after("a").before("b").build())
			.withMessageContaining("exclude each other");
		assertThatIllegalArgumentException().isThrownBy(() -> CursorPagination.builder().after(" ").build());
	}

	@Test
	void aPageKeepsWhatItDoesNotModel() {
		CursorPage<?> page = NovuJson.mapper()
			.readValue("{\"data\":[],\"next\":null,\"previous\":null,\"totalCount\":0,\"totalCountCapped\":false,"
					+ "\"planUsage\":{\"used\":3,\"limit\":10}}", CursorPage.class);
		assertThat(page.additionalProperties()).containsEntry("planUsage", Map.of("used", 3, "limit", 10));
		assertThat(page.hasNext()).isFalse();
		assertThat(NovuJson.mapper().writeValueAsString(page)).contains("\"planUsage\":{\"used\":3,\"limit\":10}");
	}

}
