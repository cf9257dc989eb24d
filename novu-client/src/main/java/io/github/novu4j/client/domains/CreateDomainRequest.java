package io.github.novu4j.client.domains;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A new inbound e-mail domain ({@code CreateDomainDto}).
 *
 * @param name the domain name, e.g. {@code inbound.example.com}
 * @param data optional string metadata: at most 10 keys and 500 characters of keys and values together
 */
public record CreateDomainRequest(@JsonProperty("name") String name,
		@JsonProperty("data") @Nullable Map<String, String> data) {

	/**
	 * Checks the name and the metadata limits.
	 * @param name the domain name
	 * @param data optional metadata
	 * @throws IllegalArgumentException if the name is blank or holds spaces, {@code /} or {@code @}, or the
	 * metadata is over Novu's limits
	 */
	public CreateDomainRequest {
		DomainChecks.domainName(name);
		data = DomainChecks.metadata(data);
	}

	/**
	 * @param name the domain name
	 * @return the request
	 */
	public static CreateDomainRequest of(String name) {
		return new CreateDomainRequest(name, null);
	}

	/**
	 * @param data string metadata, at most 10 keys and 500 characters together
	 * @return this request with that metadata
	 */
	public CreateDomainRequest withData(Map<String, String> data) {
		return new CreateDomainRequest(this.name, data);
	}

}
