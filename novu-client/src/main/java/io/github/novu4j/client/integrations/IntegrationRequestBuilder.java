package io.github.novu4j.client.integrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The fields that creating and updating an integration share, for both builders. Package-private: users
 * see its setters on {@link CreateIntegrationRequest.Builder} and {@link UpdateIntegrationRequest.Builder}.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class IntegrationRequestBuilder<B extends IntegrationRequestBuilder<B>> {

	@Nullable String name;

	@Nullable String identifier;

	@Nullable String environmentId;

	@Nullable IntegrationCredentials credentials;

	@Nullable Boolean active;

	@Nullable Boolean check;

	/** {@code null} until a condition is added, so that "not sent" and "none" stay apart. */
	@Nullable List<StepFilter> conditions;

	abstract B self();

	/**
	 * @param name the display name
	 * @return this builder
	 */
	public B name(@Nullable String name) {
		this.name = name;
		return self();
	}

	/**
	 * @param identifier the unique identifier
	 * @return this builder
	 */
	public B identifier(@Nullable String identifier) {
		this.identifier = identifier;
		return self();
	}

	/**
	 * @param environmentId the environment's id (a Mongo id, as Novu shows it)
	 * @return this builder
	 */
	public B environmentId(@Nullable String environmentId) {
		this.environmentId = environmentId;
		return self();
	}

	/**
	 * @param credentials the provider credentials
	 * @return this builder
	 */
	public B credentials(@Nullable IntegrationCredentials credentials) {
		this.credentials = credentials;
		return self();
	}

	/**
	 * @param active whether it delivers; Novu checks the credentials of an active integration
	 * @return this builder
	 */
	public B active(@Nullable Boolean active) {
		this.active = active;
		return self();
	}

	/**
	 * @param check whether Novu tests the credentials with the provider
	 * @return this builder
	 */
	public B check(@Nullable Boolean check) {
		this.check = check;
		return self();
	}

	/**
	 * Adds a condition group; call again for more.
	 * @param condition a condition group, e.g. {@code StepFilter.allOf(FieldFilterPart.tenantIs("acme"))}
	 * @return this builder
	 */
	public B condition(StepFilter condition) {
		Objects.requireNonNull(condition, "condition");
		if (this.conditions == null) {
			this.conditions = new ArrayList<>();
		}
		this.conditions.add(condition);
		return self();
	}

}
