package io.github.novu4j.client;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagedIterableTest {

	private final List<Integer> requested = new ArrayList<>();

	private static Page<String> page(int number, int size, Boolean hasMore, Integer totalCount, String... items) {
		return new Page<>(List.of(items), number, size, hasMore, totalCount, null);
	}

	@Test
	void followsHasMoreLazilyAcrossThreePages() {
		PagedIterable<String> all = new PagedIterable<>(0, (n) -> {
			this.requested.add(n);
			return switch (n) {
				case 0 -> page(0, 2, true, null, "a", "b");
				case 1 -> page(1, 2, true, null, "c", "d");
				case 2 -> page(2, 2, false, null, "e");
				default -> throw new AssertionError("page " + n + " must not be requested");
			};
		});

		assertThat(this.requested).containsExactly(0);
		assertThat(all.stream().limit(3).toList()).containsExactly("a", "b", "c");
		assertThat(this.requested).containsExactly(0, 1);
		assertThat(all).containsExactly("a", "b", "c", "d", "e");
		assertThat(all.pages()).hasSize(3);
	}

	@Test
	void usesTotalCountWhereThereIsNoHasMore() {
		PagedIterable<String> all = new PagedIterable<>(0, (n) -> {
			this.requested.add(n);
			return switch (n) {
				case 0 -> page(0, 2, null, 5, "a", "b");
				case 1 -> page(1, 2, null, 5, "c", "d");
				case 2 -> page(2, 2, null, 5, "e");
				default -> throw new AssertionError("page " + n + " must not be requested");
			};
		});

		assertThat(all).containsExactly("a", "b", "c", "d", "e");
		assertThat(this.requested).containsExactly(0, 1, 2);
	}

	@Test
	void anEmptyPageStopsEvenWhenTheServerSaysThereIsMore() {
		PagedIterable<String> all = new PagedIterable<>(0, (n) -> {
			this.requested.add(n);
			return (n == 0) ? page(0, 2, true, null, "a", "b") : page(n, 2, true, 999, new String[0]);
		});

		assertThat(all).containsExactly("a", "b");
		assertThat(this.requested).containsExactly(0, 1);
	}

	@Test
	void startsFromTheRequestedPage() {
		PagedIterable<String> all = new PagedIterable<>(3, (n) -> {
			this.requested.add(n);
			return page(n, 1, n < 4, null, "p" + n);
		});

		assertThat(all).containsExactly("p3", "p4");
		assertThat(all.firstPage().page()).isEqualTo(3);
	}

}
