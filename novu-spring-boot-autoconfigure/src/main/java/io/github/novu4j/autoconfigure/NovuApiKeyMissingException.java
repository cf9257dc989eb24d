package io.github.novu4j.autoconfigure;

/**
 * Thrown at startup when {@code novu.api-key} is missing or blank; reported by a failure analyzer that
 * says how to set it. Carries no key material.
 */
public final class NovuApiKeyMissingException extends IllegalStateException {

	/** Whether the property is set but blank, rather than absent. */
	private final boolean blank;

	/**
	 * @param blank whether the property is set but blank (rather than absent)
	 */
	public NovuApiKeyMissingException(boolean blank) {
		super("The Novu API key is " + (blank ? "blank" : "missing") + ": set the property 'novu.api-key' "
				+ "(for example from the NOVU_API_KEY environment variable)");
		this.blank = blank;
	}

	/** @return whether {@code novu.api-key} is set but blank, rather than absent */
	public boolean isBlank() {
		return this.blank;
	}

}
