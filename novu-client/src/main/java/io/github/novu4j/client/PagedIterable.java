package io.github.novu4j.client;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The result of a list operation: its first page, fetched when the operation is called, and lazy
 * iteration over every item or every page after it, one request per page, only as far as the caller
 * reads. Each endpoint's own stop rule applies (see {@link Page#hasNextPage(int)}).
 *
 * <pre>{@code
 * PagedIterable<Subscriber> all = novu.subscribers().list();
 * Page<Subscriber> first = all.firstPage();
 * for (Subscriber s : all) { ... }              // every subscriber, page by page
 * all.stream().filter(...).limit(50).toList();  // stops requesting once 50 are found
 * for (Page<Subscriber> page : all.pages()) { ... }
 * }</pre>
 *
 * <p>Each iteration starts over from the first page (which is not fetched again).
 *
 * @param <T> the item type
 */
public final class PagedIterable<T> extends LazyPages<Page<T>, T> {

	private final int firstPageNumber;

	private final Page<T> firstPage;

	private final IntFunction<Page<T>> fetcher;

	/**
	 * Fetches the first page at once.
	 * @param firstPageNumber the page to start from (0 for the first)
	 * @param fetcher fetches a page by number
	 */
	public PagedIterable(int firstPageNumber, IntFunction<Page<T>> fetcher) {
		this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
		this.firstPageNumber = firstPageNumber;
		this.firstPage = Objects.requireNonNull(fetcher.apply(firstPageNumber), "first page");
	}

	/** @return the page fetched when the operation was called */
	public Page<T> firstPage() {
		return this.firstPage;
	}

	@Override
	Iterator<Page<T>> pageIterator() {
		return new PageIterator();
	}

	@Override
	List<T> itemsOf(Page<T> page) {
		return page.data();
	}

	private final class PageIterator implements Iterator<Page<T>> {

		private int nextNumber = PagedIterable.this.firstPageNumber;

		private Page<T> previous;

		private boolean started;

		@Override
		public boolean hasNext() {
			return !this.started || this.previous.hasNextPage(this.nextNumber - 1);
		}

		@Override
		public Page<T> next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			Page<T> page = this.started ? PagedIterable.this.fetcher.apply(this.nextNumber)
					: PagedIterable.this.firstPage;
			this.started = true;
			this.previous = page;
			this.nextNumber++;
			return page;
		}

	}

}
