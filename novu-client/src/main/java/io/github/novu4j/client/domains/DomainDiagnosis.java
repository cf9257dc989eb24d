package io.github.novu4j.client.domains;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * The result of live DNS checks for inbound mail ({@code DiagnoseDomainResponseDto}).
 *
 * @param ok whether no issue has severity {@code error}
 * @param runAt when the run finished (ISO 8601)
 * @param checks each check and its outcome; empty when Novu sent none
 * @param issues the problems found, with fixes; empty when Novu sent none
 * @param additionalProperties what this record does not model
 */
public record DomainDiagnosis(@JsonProperty("ok") @Nullable Boolean ok, @JsonProperty("runAt") @Nullable String runAt,
		@JsonProperty("checks") List<Check> checks, @JsonProperty("issues") List<Issue> issues,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Copies the lists.
	 * @param ok whether no error was found
	 * @param runAt when the run finished
	 * @param checks the checks
	 * @param issues the issues
	 * @param additionalProperties what this record does not model
	 */
	public DomainDiagnosis {
		checks = (checks != null) ? List.copyOf(checks) : List.of();
		issues = (issues != null) ? List.copyOf(issues) : List.of();
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * One DNS check ({@code DomainDiagnosticCheckDto}).
	 *
	 * @param code what was checked, e.g. {@code mx_missing}, {@code dnsbl_listed}
	 * @param status {@code pass}, {@code fail} or {@code skipped}
	 * @param latencyMs how long it took
	 * @param additionalProperties what this record does not model
	 */
	public record Check(@JsonProperty("code") @Nullable String code, @JsonProperty("status") @Nullable String status,
			@JsonProperty("latencyMs") @Nullable Double latencyMs,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param code what was checked
		 * @param status the outcome
		 * @param latencyMs how long it took
		 * @param additionalProperties what this record does not model
		 */
		public Check {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

	/**
	 * A problem found ({@code DomainDiagnosticIssueDto}).
	 *
	 * @param code the check that found it
	 * @param severity {@code warn} or {@code error}
	 * @param message what is wrong
	 * @param fix how to fix it
	 * @param additionalProperties what this record does not model
	 */
	public record Issue(@JsonProperty("code") @Nullable String code,
			@JsonProperty("severity") @Nullable String severity, @JsonProperty("message") @Nullable String message,
			@JsonProperty("fix") @Nullable String fix,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Copies the additional properties.
		 * @param code the check that found it
		 * @param severity warn or error
		 * @param message what is wrong
		 * @param fix how to fix it
		 * @param additionalProperties what this record does not model
		 */
		public Issue {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

	}

}
