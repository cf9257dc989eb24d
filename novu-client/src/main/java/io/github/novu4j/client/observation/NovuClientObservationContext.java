package io.github.novu4j.client.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What the observation of one logical Novu operation knows: the operation, its method and URI
 * template, the host, and, once it ends, the final status and the number of attempts.
 */
public class NovuClientObservationContext extends Observation.Context {

	private final String operation;

	private final String method;

	private final String uriTemplate;

	private final String host;

	private @Nullable Integer statusCode;

	private int attempts;

	/**
	 * @param operation the operation, e.g. {@code events.trigger}
	 * @param method the HTTP method
	 * @param uriTemplate the path template, e.g. {@code /v1/subscribers/{subscriberId}}
	 * @param host the Novu host, e.g. {@code eu.api.novu.co}
	 */
	public NovuClientObservationContext(String operation, String method, String uriTemplate, String host) {
		this.operation = operation;
		this.method = method;
		this.uriTemplate = uriTemplate;
		this.host = host;
	}

	/** @return the operation, e.g. {@code events.trigger} */
	public String getOperation() {
		return this.operation;
	}

	/** @return the HTTP method, e.g. {@code POST} */
	public String getMethod() {
		return this.method;
	}

	/** @return the path template, e.g. {@code /v1/subscribers/{subscriberId}} */
	public String getUriTemplate() {
		return this.uriTemplate;
	}

	/** @return the Novu host, e.g. {@code eu.api.novu.co} */
	public String getHost() {
		return this.host;
	}

	/** @return the status of the last attempt, or {@code null} when no response arrived */
	public @Nullable Integer getStatusCode() {
		return this.statusCode;
	}

	/**
	 * Set by the client when the operation ends.
	 * @param statusCode the status of the last attempt, or {@code null} when no response arrived
	 */
	public void setStatusCode(@Nullable Integer statusCode) {
		this.statusCode = statusCode;
	}

	/** @return attempts made so far */
	public int getAttempts() {
		return this.attempts;
	}

	/**
	 * Set by the client when the operation ends.
	 * @param attempts the attempts made
	 */
	public void setAttempts(int attempts) {
		this.attempts = attempts;
	}

}
