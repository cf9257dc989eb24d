package io.github.novu4j.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * What both list results share: items and pages iterated and streamed lazily, one request per page, only
 * as far as the caller reads. {@link PagedIterable} (offset pages) and {@link CursorPagedIterable} (cursor
 * pages) say how the next page is fetched and when iteration stops.
 *
 * @param <P> the page type
 * @param <T> the item type
 */
abstract class LazyPages<P, T> implements Iterable<T> {

	/** @return a new iterator over the pages, starting with the first (which is not fetched again) */
	abstract Iterator<P> pageIterator();

	/**
	 * @param page a page
	 * @return its items
	 */
	abstract List<T> itemsOf(P page);

	/** @return this; iterating it visits every item of every page */
	public Iterable<T> iterateAll() {
		return this;
	}

	/** @return the pages, lazily, starting with the first */
	public Iterable<P> pages() {
		return this::pageIterator;
	}

	/** @return every item as a lazy sequential stream */
	public Stream<T> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
	}

	/** @return the pages as a lazy sequential stream */
	public Stream<P> streamPages() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pageIterator(), Spliterator.ORDERED), false);
	}

	@Override
	public Iterator<T> iterator() {
		Iterator<P> pages = pageIterator();
		return new Iterator<>() {

			private Iterator<T> current = Collections.emptyIterator();

			@Override
			public boolean hasNext() {
				while (!this.current.hasNext()) {
					if (!pages.hasNext()) {
						return false;
					}
					this.current = itemsOf(pages.next()).iterator();
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

}
