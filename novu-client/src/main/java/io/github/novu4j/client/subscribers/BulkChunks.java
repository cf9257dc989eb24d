package io.github.novu4j.client.subscribers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.github.novu4j.client.RequestOptions;
import io.github.novu4j.client.internal.NovuTransport;
import io.github.novu4j.client.internal.RateLimitPacer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Splits subscribers into bulk-create requests under both of Novu's limits: 500 subscribers, and a
 * 100 kB request body on {@code /v1/subscribers/*} (a larger body is refused whole). Sizes are measured
 * with the client's own mapper, so they are the bytes that will be sent.
 */
final class BulkChunks {

	/** Most subscribers in one bulk request. */
	static final int MAX_ITEMS = 500;

	/**
	 * Novu's body limit, read as 100,000 bytes: the stricter of the decimal and binary readings of
	 * "100 kB".
	 */
	static final int MAX_BODY_BYTES = 100_000;

	/**
	 * What a packed request may hold: 10% under the limit, so whatever a proxy or the server counts
	 * differently never tips a request over.
	 */
	static final int TARGET_BODY_BYTES = 90_000;

	private BulkChunks() {
	}

	/**
	 * Checks one {@code createBulk} request.
	 * @param mapper the client's mapper
	 * @param subscribers the subscribers
	 * @throws IllegalArgumentException if the count is outside 1..500, an element is null, or the body
	 * would exceed the limit
	 */
	static void requireOneRequest(JsonMapper mapper, List<CreateSubscriberRequest> subscribers) {
		Objects.requireNonNull(subscribers, "subscribers");
		if (subscribers.isEmpty() || subscribers.size() > MAX_ITEMS) {
			throw new IllegalArgumentException("createBulk takes 1 to " + MAX_ITEMS + " subscribers, got "
					+ subscribers.size() + "; use importAll(..) for any number");
		}
		int[] sizes = sizes(mapper, subscribers);
		long body = wrapperSize(mapper);
		for (int size : sizes) {
			body += size;
		}
		body += sizes.length - 1;
		if (body > MAX_BODY_BYTES) {
			throw new IllegalArgumentException("createBulk: the request body would be " + body
					+ " bytes, over Novu's limit of " + MAX_BODY_BYTES + "; use importAll(..), which splits by size");
		}
	}

	/**
	 * @param mapper the client's mapper
	 * @param subscribers any number of subscribers
	 * @return consecutive runs of the subscribers, in order, each fit for one request
	 * @throws IllegalArgumentException if an element is null or a subscriber alone exceeds the limit
	 */
	static List<List<CreateSubscriberRequest>> split(JsonMapper mapper, List<CreateSubscriberRequest> subscribers) {
		Objects.requireNonNull(subscribers, "subscribers");
		int[] sizes = sizes(mapper, subscribers);
		int empty = wrapperSize(mapper);
		for (int i = 0; i < sizes.length; i++) {
			if (empty + sizes[i] > MAX_BODY_BYTES) {
				throw new IllegalArgumentException("importAll: subscribers[" + i + "] ('"
						+ subscribers.get(i).subscriberId() + "') is " + sizes[i] + " bytes as JSON; a request with it "
						+ "alone would exceed Novu's body limit of " + MAX_BODY_BYTES + " bytes. Nothing was sent.");
			}
		}
		List<List<CreateSubscriberRequest>> chunks = new ArrayList<>();
		List<CreateSubscriberRequest> current = new ArrayList<>();
		int currentBytes = empty;
		for (int i = 0; i < sizes.length; i++) {
			int added = sizes[i] + (current.isEmpty() ? 0 : 1);
			if (!current.isEmpty() && (current.size() == MAX_ITEMS || currentBytes + added > TARGET_BODY_BYTES)) {
				chunks.add(current);
				current = new ArrayList<>();
				currentBytes = empty;
				added = sizes[i];
			}
			// A subscriber over the target but under the limit goes alone in its request.
			current.add(subscribers.get(i));
			currentBytes += added;
		}
		if (!current.isEmpty()) {
			chunks.add(current);
		}
		return chunks;
	}

	/**
	 * A distinct idempotency key per request of an import: Novu answers 422 to a key reused with another
	 * body. Derived deterministically from the caller's key, so running the same import again replays the
	 * same keys; without one, a random key per request, so a request sent again after a 429 or a failure
	 * keeps its key.
	 * @param options the caller's options
	 * @param index the request's index
	 * @param count the number of requests
	 * @return the options for that request
	 */
	static RequestOptions optionsForChunk(RequestOptions options, int index, int count) {
		String key = options.idempotencyKey();
		if (key == null) {
			return RateLimitPacer.copy(options).idempotencyKey(NovuTransport.randomIdempotencyKey()).build();
		}
		if (count == 1) {
			return options;
		}
		String derived = key + "-" + (index + 1);
		if (derived.length() > RequestOptions.MAX_IDEMPOTENCY_KEY_LENGTH) {
			derived = UUID.nameUUIDFromBytes((key + "#" + (index + 1)).getBytes(StandardCharsets.UTF_8)).toString();
		}
		return RateLimitPacer.copy(options).idempotencyKey(derived).build();
	}

	private static int[] sizes(JsonMapper mapper, List<CreateSubscriberRequest> subscribers) {
		int[] sizes = new int[subscribers.size()];
		for (int i = 0; i < sizes.length; i++) {
			CreateSubscriberRequest subscriber = subscribers.get(i);
			if (subscriber == null) {
				throw new IllegalArgumentException("subscribers[" + i + "] must not be null");
			}
			try {
				sizes[i] = mapper.writeValueAsBytes(subscriber).length;
			}
			catch (JacksonException ex) {
				throw new IllegalArgumentException("subscribers[" + i + "] ('" + subscriber.subscriberId()
						+ "') cannot be written as JSON: " + ex.getOriginalMessage(), ex);
			}
		}
		return sizes;
	}

	/** @return the size of the body's wrapper, {@code {"subscribers":[]}} */
	private static int wrapperSize(JsonMapper mapper) {
		return mapper.writeValueAsBytes(new Subscribers.BulkBody(List.of())).length;
	}

}
