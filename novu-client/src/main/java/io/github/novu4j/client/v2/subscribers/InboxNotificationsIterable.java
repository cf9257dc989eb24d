package io.github.novu4j.client.v2.subscribers;

import java.util.HashSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;

/**
 * Every notification of a subscriber's Inbox from a starting request: the first page is fetched when
 * the list is made, each later page as the caller iterates, with {@code after} set to the id of the
 * previous page's last notification. Iteration stops when Novu says {@code hasMore: false}, on an empty
 * page, or if a page would start after an id it already started after (so it never loops).
 *
 * <pre>{@code
 * for (InboxNotification n : novu.v2().subscribers().notifications().listAll("user-42", unread)) { ... }
 * }</pre>
 *
 * Each iteration starts over from the first page (which is not fetched again).
 */
public final class InboxNotificationsIterable implements Iterable<InboxNotification> {

	private final ListNotificationsRequest start;

	private final InboxNotificationsPage firstPage;

	private final Function<ListNotificationsRequest, InboxNotificationsPage> fetcher;

	InboxNotificationsIterable(ListNotificationsRequest start,
			Function<ListNotificationsRequest, InboxNotificationsPage> fetcher) {
		this.start = Objects.requireNonNull(start, "start");
		this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
		this.firstPage = fetcher.apply(start);
	}

	/** @return the first page, fetched when the list was made */
	public InboxNotificationsPage firstPage() {
		return this.firstPage;
	}

	/** @return the notifications as a sequential stream, fetching pages as it is consumed */
	public Stream<InboxNotification> stream() {
		return StreamSupport.stream(spliterator(), false);
	}

	@Override
	public Iterator<InboxNotification> iterator() {
		return new Iterator<>() {

			private final Set<String> followed = new HashSet<>();

			private InboxNotificationsPage page = InboxNotificationsIterable.this.firstPage;

			private Iterator<InboxNotification> items = this.page.data().iterator();

			@Override
			public boolean hasNext() {
				while (!this.items.hasNext()) {
					String after = nextAfter(this.page);
					if (after == null || !this.followed.add(after)) {
						return false;
					}
					this.page = InboxNotificationsIterable.this.fetcher
						.apply(InboxNotificationsIterable.this.start.withAfter(after));
					this.items = this.page.data().iterator();
				}
				return true;
			}

			@Override
			public InboxNotification next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return this.items.next();
			}

		};
	}

	private static @Nullable String nextAfter(InboxNotificationsPage page) {
		return Boolean.TRUE.equals(page.hasMore()) ? page.lastId() : null;
	}

}
