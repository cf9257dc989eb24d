package io.github.novu4j.client.domains;

import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A domain's verification status: {@code pending} until its MX record is found, then {@code verified}. An open set: a value Novu adds later parses too; compare with the constants.
 *
 * @param value the value as Novu sends it
 */
public record DomainStatus(@JsonValue String value) {

	/** Waiting for the MX record. */
	public static final DomainStatus PENDING = new DomainStatus("pending");

	/** The MX record is in place; mail is received. */
	public static final DomainStatus VERIFIED = new DomainStatus("verified");

	/**
	 * Rejects a null value.
	 * @param value the value as Novu sends it
	 */
	public DomainStatus {
		Objects.requireNonNull(value, "value");
	}

	/**
	 * @param value a value as Novu sends it
	 * @return the instance
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public static DomainStatus of(String value) {
		return new DomainStatus(value);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
