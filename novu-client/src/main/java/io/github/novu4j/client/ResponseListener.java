package io.github.novu4j.client;

/**
 * Receives the metadata of each successful Novu response (rate limits, idempotent replays). Called on
 * the calling thread after the body was read; keep it quick and do not throw.
 */
@FunctionalInterface
public interface ResponseListener {

	/**
	 * @param metadata the response's status, headers and idempotency details
	 */
	void onResponse(ResponseMetadata metadata);

}
