package io.github.novu4j.test;

import java.util.Objects;

/**
 * Entry point of the assertions over what a {@link LocalNovu} received and stores, in the style of AssertJ
 * (and without depending on it: a failed assertion throws {@link AssertionError}).
 *
 * <pre>{@code
 * assertThat(novu).hasTriggered("order-placed").to("customer-1").withPayloadEntry("orderId", "A-1");
 * assertThat(novu).hasTopic("vip").withSubscribers("customer-1", "customer-2");
 * }</pre>
 */
public final class LocalNovuAssertions {

	private LocalNovuAssertions() {
	}

	/**
	 * @param novu the local Novu
	 * @return assertions over it
	 */
	public static LocalNovuAssert assertThat(LocalNovu novu) {
		return new LocalNovuAssert(Objects.requireNonNull(novu, "novu"));
	}

}
