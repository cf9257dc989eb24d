package io.github.novu4j.framework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A Novu workflow declared in Java: its id, name, tags, preferences, typed payload and its steps in order.
 * Steps are declared, not discovered by running code, so a step behind a condition is still described to Novu
 * (skip it at run time with a {@link SkipPredicate}).
 *
 * <pre>{@code
 * Workflow<Welcome> welcome = Workflow.builder("welcome", JsonType.withDefaults(new Welcome("Ada")))
 *     .name("Welcome")
 *     .email("email-step", JsonType.withDefaults(new EmailControls("Hi {{payload.name}}")),
 *         ctx -> new Outputs.Email(ctx.controls().subject(), "<p>Welcome</p>"))
 *     .build();
 * }</pre>
 *
 * @param <P> the payload type
 */
public final class Workflow<P> {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

	private final String id;

	private final String name;

	private final @Nullable String description;

	private final List<String> tags;

	private final Map<String, Object> preferences;

	private final JsonType<P> payload;

	private final List<Step<P, ?, ?>> steps;

	private Workflow(Builder<P> builder) {
		this.id = builder.id;
		this.name = builder.name == null ? builder.id : builder.name;
		this.description = builder.description;
		this.tags = List.copyOf(builder.tags);
		this.preferences = builder.preferences.toJson();
		this.payload = builder.payload;
		this.steps = List.copyOf(builder.steps);
	}

	/**
	 * Starts a workflow whose payload is described by a record type (with optional defaults).
	 *
	 * @param workflowId the workflow id, letters, digits, {@code -}, {@code _} and {@code .}
	 * @param payload the payload type
	 * @param <P> the payload type
	 * @return a builder
	 */
	public static <P> Builder<P> builder(String workflowId, JsonType<P> payload) {
		return new Builder<>(workflowId, payload);
	}

	/**
	 * Starts a workflow whose payload is described by a record type without defaults.
	 *
	 * @param workflowId the workflow id
	 * @param payload the payload record class
	 * @param <P> the payload type
	 * @return a builder
	 */
	public static <P> Builder<P> builder(String workflowId, Class<P> payload) {
		return new Builder<>(workflowId, JsonType.of(payload));
	}

	/**
	 * The workflow id.
	 *
	 * @return the id
	 */
	public String id() {
		return id;
	}

	/**
	 * The display name (the id when none was given).
	 *
	 * @return the name
	 */
	public String name() {
		return name;
	}

	/**
	 * The description.
	 *
	 * @return the description, or {@code null}
	 */
	public @Nullable String description() {
		return description;
	}

	/**
	 * The tags.
	 *
	 * @return the tags
	 */
	public List<String> tags() {
		return tags;
	}

	/**
	 * The ids of the steps, in order.
	 *
	 * @return the step ids
	 */
	public List<String> stepIds() {
		return steps.stream().map(Step::id).toList();
	}

	Map<String, Object> preferencesJson() {
		return preferences;
	}

	JsonType<P> payload() {
		return payload;
	}

	List<Step<P, ?, ?>> steps() {
		return steps;
	}

	Optional<Step<P, ?, ?>> step(String stepId) {
		return steps.stream().filter(step -> step.id().equals(stepId)).findFirst();
	}

	@Override
	public String toString() {
		return "Workflow[" + id + ", steps=" + stepIds() + "]";
	}

	static String checkId(String what, String id) {
		Objects.requireNonNull(id, what);
		if (!ID.matcher(id).matches()) {
			throw new IllegalArgumentException(what + " must be letters, digits, '-', '_' or '.', not `" + id + "`");
		}
		return id;
	}

	/**
	 * Declares a workflow.
	 *
	 * @param <P> the payload type
	 */
	public static final class Builder<P> {

		private final String id;

		private final JsonType<P> payload;

		private @Nullable String name;

		private @Nullable String description;

		private final List<String> tags = new ArrayList<>();

		private Preferences preferences = Preferences.create();

		private final List<Step<P, ?, ?>> steps = new ArrayList<>();

		private Builder(String id, JsonType<P> payload) {
			this.id = checkId("workflowId", id);
			this.payload = Objects.requireNonNull(payload, "payload");
		}

		/**
		 * The display name.
		 *
		 * @param name the name
		 * @return this builder
		 */
		public Builder<P> name(String name) {
			this.name = Objects.requireNonNull(name, "name");
			return this;
		}

		/**
		 * The description.
		 *
		 * @param description the description
		 * @return this builder
		 */
		public Builder<P> description(String description) {
			this.description = Objects.requireNonNull(description, "description");
			return this;
		}

		/**
		 * Adds tags.
		 *
		 * @param tags the tags
		 * @return this builder
		 */
		public Builder<P> tags(String... tags) {
			for (String tag : tags) {
				this.tags.add(Objects.requireNonNull(tag, "tag"));
			}
			return this;
		}

		/**
		 * The default subscriber preferences.
		 *
		 * @param preferences the preferences
		 * @return this builder
		 */
		public Builder<P> preferences(Preferences preferences) {
			this.preferences = Objects.requireNonNull(preferences, "preferences");
			return this;
		}

		/**
		 * Adds an email step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the email
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> email(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Email> resolver) {
			return email(stepId, controls, resolver, null);
		}

		/**
		 * Adds an email step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the email
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> email(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Email> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return email(stepId, controls, resolver, skip, StepOptions.create());
		}

		/**
		 * Adds the email step with options (provider overrides, output sanitising).
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the email
		 * @param skip decides whether to skip it, or null
		 * @param options the step's options
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> email(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Email> resolver,
				@Nullable SkipPredicate<P, C> skip, StepOptions<C, Outputs.Email> options) {
			return add(stepId, StepType.EMAIL, controls, Outputs.Email.class, Results.None.class, resolver, skip, options);
		}

		/**
		 * Adds an SMS step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the SMS
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> sms(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Sms> resolver) {
			return sms(stepId, controls, resolver, null);
		}

		/**
		 * Adds an SMS step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the SMS
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> sms(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Sms> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return sms(stepId, controls, resolver, skip, StepOptions.create());
		}

		/**
		 * Adds the SMS step with options (provider overrides, output sanitising).
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the SMS
		 * @param skip decides whether to skip it, or null
		 * @param options the step's options
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> sms(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Sms> resolver,
				@Nullable SkipPredicate<P, C> skip, StepOptions<C, Outputs.Sms> options) {
			return add(stepId, StepType.SMS, controls, Outputs.Sms.class, Results.None.class, resolver, skip, options);
		}

		/**
		 * Adds a push step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the notification
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> push(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Push> resolver) {
			return push(stepId, controls, resolver, null);
		}

		/**
		 * Adds a push step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the notification
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> push(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Push> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return push(stepId, controls, resolver, skip, StepOptions.create());
		}

		/**
		 * Adds the notification step with options (provider overrides, output sanitising).
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the notification
		 * @param skip decides whether to skip it, or null
		 * @param options the step's options
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> push(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Push> resolver,
				@Nullable SkipPredicate<P, C> skip, StepOptions<C, Outputs.Push> options) {
			return add(stepId, StepType.PUSH, controls, Outputs.Push.class, Results.None.class, resolver, skip, options);
		}

		/**
		 * Adds a chat step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the message
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> chat(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Chat> resolver) {
			return chat(stepId, controls, resolver, null);
		}

		/**
		 * Adds a chat step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the message
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> chat(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Chat> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return chat(stepId, controls, resolver, skip, StepOptions.create());
		}

		/**
		 * Adds the message step with options (provider overrides, output sanitising).
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the message
		 * @param skip decides whether to skip it, or null
		 * @param options the step's options
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> chat(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Chat> resolver,
				@Nullable SkipPredicate<P, C> skip, StepOptions<C, Outputs.Chat> options) {
			return add(stepId, StepType.CHAT, controls, Outputs.Chat.class, Results.None.class, resolver, skip, options);
		}

		/**
		 * Adds an Inbox (in-app) step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the notification
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> inApp(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.InApp> resolver) {
			return inApp(stepId, controls, resolver, null);
		}

		/**
		 * Adds an Inbox (in-app) step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the notification
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> inApp(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.InApp> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return inApp(stepId, controls, resolver, skip, StepOptions.create());
		}

		/**
		 * Adds the notification step with options (provider overrides, output sanitising).
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the notification
		 * @param skip decides whether to skip it, or null
		 * @param options the step's options
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> inApp(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.InApp> resolver,
				@Nullable SkipPredicate<P, C> skip, StepOptions<C, Outputs.InApp> options) {
			return add(stepId, StepType.IN_APP, controls, Outputs.InApp.class, Results.InApp.class, resolver, skip, options);
		}

		/**
		 * Adds a digest step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the digest settings
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> digest(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Digest> resolver) {
			return digest(stepId, controls, resolver, null);
		}

		/**
		 * Adds a digest step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the digest settings
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> digest(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Digest> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return add(stepId, StepType.DIGEST, controls, Outputs.Digest.class, Results.Digest.class, resolver, skip,
					StepOptions.create());
		}

		/**
		 * Adds a delay step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the delay
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> delay(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Delay> resolver) {
			return delay(stepId, controls, resolver, null);
		}

		/**
		 * Adds a delay step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the delay
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> delay(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Delay> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return add(stepId, StepType.DELAY, controls, Outputs.Delay.class, Results.Delay.class, resolver, skip,
					StepOptions.create());
		}

		/**
		 * Adds a throttle step.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the throttle settings
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> throttle(String stepId, JsonType<C> controls,
				StepResolver<P, C, Outputs.Throttle> resolver) {
			return throttle(stepId, controls, resolver, null);
		}

		/**
		 * Adds a throttle step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param resolver computes the throttle settings
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @return this builder
		 */
		public <C> Builder<P> throttle(String stepId, JsonType<C> controls, StepResolver<P, C, Outputs.Throttle> resolver,
				@Nullable SkipPredicate<P, C> skip) {
			return add(stepId, StepType.THROTTLE, controls, Outputs.Throttle.class, Results.Throttle.class, resolver,
					skip, StepOptions.create());
		}

		/**
		 * Adds a custom step: any code whose output record later steps read as its result.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param outputType the output record class (its schema is sent to Novu)
		 * @param resolver computes the output
		 * @param <C> the controls type
		 * @param <O> the output type
		 * @return this builder
		 */
		public <C, O> Builder<P> custom(String stepId, JsonType<C> controls, Class<O> outputType,
				StepResolver<P, C, O> resolver) {
			return custom(stepId, controls, outputType, resolver, null);
		}

		/**
		 * Adds a custom step that may be skipped.
		 *
		 * @param stepId the step id, unique in the workflow
		 * @param controls the controls type
		 * @param outputType the output record class (its schema is sent to Novu)
		 * @param resolver computes the output
		 * @param skip decides whether to skip it, or null
		 * @param <C> the controls type
		 * @param <O> the output type
		 * @return this builder
		 */
		public <C, O> Builder<P> custom(String stepId, JsonType<C> controls, Class<O> outputType,
				StepResolver<P, C, O> resolver, @Nullable SkipPredicate<P, C> skip) {
			return add(stepId, StepType.CUSTOM, controls, outputType, outputType, resolver, skip, StepOptions.create());
		}

		private <C, O> Builder<P> add(String stepId, StepType type, JsonType<C> controls, Class<O> outputType,
				Class<?> resultType, StepResolver<P, C, O> resolver, @Nullable SkipPredicate<P, C> skip,
				StepOptions<C, O> options) {
			checkId("stepId", stepId);
			Objects.requireNonNull(options, "options");
			Objects.requireNonNull(controls, "controls");
			Objects.requireNonNull(outputType, "outputType");
			Objects.requireNonNull(resolver, "resolver");
			if (steps.stream().anyMatch(step -> step.id().equals(stepId))) {
				throw new IllegalArgumentException("Workflow `" + id + "` already has a step `" + stepId + "`");
			}
			steps.add(new Step<>(stepId, type, controls, outputType, resultType, resolver, skip, options));
			return this;
		}

		/**
		 * The workflow.
		 *
		 * @return the workflow
		 * @throws IllegalStateException when it has no step
		 */
		public Workflow<P> build() {
			if (steps.isEmpty()) {
				throw new IllegalStateException("Workflow `" + id + "` has no step");
			}
			Set<String> unique = new LinkedHashSet<>(tags);
			tags.clear();
			tags.addAll(unique);
			return new Workflow<>(this);
		}
	}
}
