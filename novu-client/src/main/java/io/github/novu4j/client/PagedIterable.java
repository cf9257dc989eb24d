package io.github.novu4j.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

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
public final class PagedIterable<T> implements Iterable<T> {

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

	/** @return this; iterating it visits every item of every page */
	public Iterable<T> iterateAll() {
		return this;
	}

	/** @return the pages, lazily, starting with the first */
	public Iterable<Page<T>> pages() {
		return PageIterator::new;
	}

	/** @return every item as a lazy sequential stream */
	public Stream<T> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
	}

	/** @return the pages as a lazy sequential stream */
	public Stream<Page<T>> streamPages() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED),
				false);
	}

	@Override
	public Iterator<T> iterator() {
		PageIterator pages = new PageIterator();
		return new Iterator<>() {

			private Iterator<T> current = java.util.Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext()) {
					if (!pages.hasNext()) {
						return false;
					}
					this.current = pages.next().data().iterator();
				}
				return true;
			}

			@Override
			public T next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.current.next();
			}
		};
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
