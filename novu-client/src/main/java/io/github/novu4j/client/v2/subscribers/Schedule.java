package io.github.novu4j.client.v2.subscribers;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.novu4j.client.AdditionalProperties;
import org.jspecify.annotations.Nullable;

/**
 * A subscriber's delivery schedule: the hours of each weekday when notifications may arrive.
 *
 * <pre>{@code
 * Schedule nineToFive = Schedule.of(true, Schedule.Week.builder()
 *     .monday(Schedule.Day.of(true, List.of(Schedule.Hours.of("09:00 AM", "05:00 PM"))))
 *     .build());
 * }</pre>
 *
 * @param isEnabled whether the schedule applies
 * @param weeklySchedule the hours of each weekday
 * @param additionalProperties what this record does not model
 */
public record Schedule(@JsonProperty("isEnabled") @Nullable Boolean isEnabled,
		@JsonProperty("weeklySchedule") @Nullable Week weeklySchedule,
		@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
		implements AdditionalProperties {

	/**
	 * Normalises the unmodelled members.
	 * @param isEnabled whether the schedule applies
	 * @param weeklySchedule the hours of each weekday
	 * @param additionalProperties what this record does not model
	 */
	public Schedule {
		additionalProperties = AdditionalProperties.copyOf(additionalProperties);
	}

	/**
	 * @param isEnabled whether the schedule applies
	 * @param weeklySchedule the hours of each weekday, or {@code null}
	 * @return the schedule
	 */
	public static Schedule of(boolean isEnabled, @Nullable Week weeklySchedule) {
		return new Schedule(isEnabled, weeklySchedule, null);
	}

	/**
	 * The days of a weekly schedule; an unset day is not sent.
	 *
	 * @param monday Monday
	 * @param tuesday Tuesday
	 * @param wednesday Wednesday
	 * @param thursday Thursday
	 * @param friday Friday
	 * @param saturday Saturday
	 * @param sunday Sunday
	 * @param additionalProperties what this record does not model
	 */
	public record Week(@JsonProperty("monday") @Nullable Day monday, @JsonProperty("tuesday") @Nullable Day tuesday,
			@JsonProperty("wednesday") @Nullable Day wednesday, @JsonProperty("thursday") @Nullable Day thursday,
			@JsonProperty("friday") @Nullable Day friday, @JsonProperty("saturday") @Nullable Day saturday,
			@JsonProperty("sunday") @Nullable Day sunday,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param monday Monday
		 * @param tuesday Tuesday
		 * @param wednesday Wednesday
		 * @param thursday Thursday
		 * @param friday Friday
		 * @param saturday Saturday
		 * @param sunday Sunday
		 * @param additionalProperties what this record does not model
		 */
		public Week {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/** @return a builder */
		public static Builder builder() {
			return new Builder();
		}

		/** Builds a {@link Week}. */
		public static final class Builder {

			private final Day[] days = new Day[7];

			private Builder() {
			}

			/**
			 * @param day Monday's hours
			 * @return this builder
			 */
			public Builder monday(@Nullable Day day) {
				return day(0, day);
			}

			/**
			 * @param day Tuesday's hours
			 * @return this builder
			 */
			public Builder tuesday(@Nullable Day day) {
				return day(1, day);
			}

			/**
			 * @param day Wednesday's hours
			 * @return this builder
			 */
			public Builder wednesday(@Nullable Day day) {
				return day(2, day);
			}

			/**
			 * @param day Thursday's hours
			 * @return this builder
			 */
			public Builder thursday(@Nullable Day day) {
				return day(3, day);
			}

			/**
			 * @param day Friday's hours
			 * @return this builder
			 */
			public Builder friday(@Nullable Day day) {
				return day(4, day);
			}

			/**
			 * @param day Saturday's hours
			 * @return this builder
			 */
			public Builder saturday(@Nullable Day day) {
				return day(5, day);
			}

			/**
			 * @param day Sunday's hours
			 * @return this builder
			 */
			public Builder sunday(@Nullable Day day) {
				return day(6, day);
			}

			private Builder day(int index, @Nullable Day day) {
				this.days[index] = day;
				return this;
			}

			/** @return the week */
			public Week build() {
				return new Week(this.days[0], this.days[1], this.days[2], this.days[3], this.days[4], this.days[5],
						this.days[6], null);
			}

		}

	}

	/**
	 * The hours of one weekday.
	 *
	 * @param isEnabled whether notifications may arrive on this day
	 * @param hours the time ranges of the day
	 * @param additionalProperties what this record does not model
	 */
	public record Day(@JsonProperty("isEnabled") @Nullable Boolean isEnabled,
			@JsonProperty("hours") @Nullable List<Hours> hours,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param isEnabled whether notifications may arrive on this day
		 * @param hours the time ranges
		 * @param additionalProperties what this record does not model
		 */
		public Day {
			hours = (hours != null) ? List.copyOf(hours) : null;
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * @param isEnabled whether notifications may arrive on this day
		 * @param hours the time ranges
		 * @return the day
		 */
		public static Day of(boolean isEnabled, @Nullable List<Hours> hours) {
			return new Day(isEnabled, hours, null);
		}

	}

	/**
	 * A time range of a day, as Novu writes it, e.g. {@code 09:00 AM} to {@code 05:00 PM}.
	 *
	 * @param start the start time
	 * @param end the end time
	 * @param additionalProperties what this record does not model
	 */
	public record Hours(@JsonProperty("start") @Nullable String start, @JsonProperty("end") @Nullable String end,
			@JsonAnySetter @JsonAnyGetter Map<String, @Nullable Object> additionalProperties)
			implements AdditionalProperties {

		/**
		 * Normalises the unmodelled members.
		 * @param start the start time
		 * @param end the end time
		 * @param additionalProperties what this record does not model
		 */
		public Hours {
			additionalProperties = AdditionalProperties.copyOf(additionalProperties);
		}

		/**
		 * @param start the start time, e.g. {@code 09:00 AM}
		 * @param end the end time, e.g. {@code 05:00 PM}
		 * @return the range
		 */
		public static Hours of(String start, String end) {
			Checks.notBlank(start, "start");
			Checks.notBlank(end, "end");
			return new Hours(start, end, null);
		}

	}

}
