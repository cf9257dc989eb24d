package io.github.novu4j.client.internal;

import java.util.Objects;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * A value made on its first use and kept: what the client can make later than {@link
 * io.github.novu4j.client.NovuClientBuilder#build()} without changing what it does (the RestClient and
 * the HTTP client behind it), so that building a client, and starting a Spring application with one,
 * costs nothing that an unused client never needs. Safe for concurrent first uses: the value is made
 * once. A failure is not kept: the next use tries again and fails the same way if nothing changed.
 *
 * @param <T> the value's type
 */
public final class OnFirstUse<T> implements Supplier<T> {

	private final Supplier<T> maker;

	private volatile @Nullable T value;

	/**
	 * @param maker makes the value; called once (again only after it failed), never returns {@code null}
	 */
	public OnFirstUse(Supplier<T> maker) {
		this.maker = Objects.requireNonNull(maker, "maker");
	}

	@Override
	public T get() {
		T made = this.value;
		if (made == null) {
			synchronized (this) {
				made = this.value;
				if (made == null) {
					made = Objects.requireNonNull(this.maker.get(), "made value");
					this.value = made;
				}
			}
		}
		return made;
	}

	/** @return whether the value has been made (for tests and diagnostics) */
	public boolean isMade() {
		return this.value != null;
	}

	@Override
	public String toString() {
		return "OnFirstUse{made=" + isMade() + "}";
	}

}
