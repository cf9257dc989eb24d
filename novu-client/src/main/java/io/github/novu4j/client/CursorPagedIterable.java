package io.github.novu4j.client;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The result of a cursor-paginated list operation: its first page, fetched when the operation is
 * called, and lazy iteration over every item or every page after it. Each further page is requested
 * with {@code after} set to the previous page's {@link CursorPage#next() next} cursor, only as far as
 * the caller reads; iteration stops when {@code next} is {@code null}, on an empty page, and on a
 * cursor it has already followed, so a server quirk can never make it loop.
 *
 * <pre>{@code
 * CursorPagedIterable<Subscriber> all = novu.v2().subscribers().search(request);
 * for (Subscriber s : all) { ... }                   // every match, page by page
 * String resumeAt = all.firstPage().next();          // or keep a cursor for later
 * }</pre>
 *
 * <p>Each iteration starts over from the first page (which is not fetched again).
 *
 * @param <T> the item type
 */
public final class CursorPagedIterable<T> extends LazyPages<CursorPage<T>, T> {

	private final CursorPagination start;

	private final CursorPage<T> firstPage;

	private final Function<CursorPagination, CursorPage<T>> fetcher;

	/**
	 * Fetches the first page at once.
	 * @param start the pagination of the first page
	 * @param fetcher fetches the page a pagination describes
	 */
	public CursorPagedIterable(CursorPagination start, Function<CursorPagination, CursorPage<T>> fetcher) {
		this.start = Objects.requireNonNull(start, "start");
		this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
		this.firstPage = Objects.requireNonNull(fetcher.apply(start), "first page");
	}

	/** @return the page fetched when the operation was called */
	public CursorPage<T> firstPage() {
		return this.firstPage;
	}

	@Override
	Iterator<CursorPage<T>> pageIterator() {
		return new PageIterator();
	}

	@Override
	List<T> itemsOf(CursorPage<T> page) {
		return page.data();
	}

	private final class PageIterator implements Iterator<CursorPage<T>> {

		private final Set<String> followed = new HashSet<>();

		private @Nullable CursorPage<T> previous;

		@Override
		public boolean hasNext() {
			CursorPage<T> last = this.previous;
			if (last == null) {
				return true;
			}
			return last.hasNext() && !last.data().isEmpty() && !this.followed.contains(last.next());
		}

		@Override
		public CursorPage<T> next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			CursorPage<T> last = this.previous;
			CursorPage<T> page;
			if (last == null) {
				page = CursorPagedIterable.this.firstPage;
			}
			else {
				String cursor = Objects.requireNonNull(last.next());
				this.followed.add(cursor);
				page = Objects.requireNonNull(CursorPagedIterable.this.fetcher.apply(CursorPagedIterable.this.start.withAfter(cursor)),
						"page");
			}
			this.previous = page;
			return page;
		}

	}

}
