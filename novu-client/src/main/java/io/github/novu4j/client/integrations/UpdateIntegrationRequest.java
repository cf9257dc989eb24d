package io.github.novu4j.client.integrations;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Changes to an integration ({@code UpdateIntegrationRequestDto}); only what is set is sent. Build with
 * {@link #builder()}.
 *
 * <p>{@link #toString()} never prints the credentials' values (see {@link IntegrationCredentials}).
 *
 * @param name the new display name
 * @param identifier the new identifier
 * @param environmentId the environment it belongs to
 * @param active whether it delivers; Novu checks the credentials of an active integration
 * @param credentials the new provider credentials (they replace the old ones)
 * @param removeNovuBranding whether the Inbox hides Novu's branding (in-app integrations)
 * @param check whether Novu tests the credentials with the provider
 * @param conditions the new conditions; an empty list removes them all
 */
public record UpdateIntegrationRequest(@JsonProperty("name") @Nullable String name,
		@JsonProperty("identifier") @Nullable String identifier,
		@JsonProperty("_environmentId") @Nullable String environmentId,
		@JsonProperty("active") @Nullable Boolean active,
		@JsonProperty("credentials") @Nullable IntegrationCredentials credentials,
		@JsonProperty("removeNovuBranding") @Nullable Boolean removeNovuBranding,
		@JsonProperty("check") @Nullable Boolean check,
		@JsonProperty("conditions") @Nullable List<StepFilter> conditions) {

	/**
	 * Copies the conditions, if any.
	 * @param name the new display name
	 * @param identifier the new identifier
	 * @param environmentId the environment it belongs to
	 * @param active whether it delivers; Novu checks the credentials of an active integration
	 * @param credentials the new provider credentials (they replace the old ones)
	 * @param removeNovuBranding whether the Inbox hides Novu's branding (in-app integrations)
	 * @param check whether Novu tests the credentials with the provider
	 * @param conditions the new conditions; an empty list removes them all
	 * @throws IllegalArgumentException if a condition is {@code null}
	 */
	public UpdateIntegrationRequest {
		conditions = IntegrationRequests.copyConditions(conditions);
	}

	/** @return a builder with nothing set */
	public static Builder builder() {
		return new Builder();
	}

	/** Builder of {@link UpdateIntegrationRequest}. */
	public static final class Builder extends IntegrationRequestBuilder<Builder> {

		private @Nullable Boolean removeNovuBranding;

		private Builder() {
		}

		@Override
		Builder self() {
			return this;
		}

		/**
		 * @param removeNovuBranding whether the Inbox hides Novu's branding
		 * @return this builder
		 */
		public Builder removeNovuBranding(@Nullable Boolean removeNovuBranding) {
			this.removeNovuBranding = removeNovuBranding;
			return this;
		}

		/**
		 * Sends an empty condition list, which removes every condition.
		 * @return this builder
		 */
		public Builder clearConditions() {
			this.conditions = new ArrayList<>();
			return this;
		}

		/** @return the request */
		public UpdateIntegrationRequest build() {
			return new UpdateIntegrationRequest(this.name, this.identifier, this.environmentId, this.active,
					this.credentials, this.removeNovuBranding, this.check, this.conditions);
		}

	}

}
