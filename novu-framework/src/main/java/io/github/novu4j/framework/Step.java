package io.github.novu4j.framework;

import org.jspecify.annotations.Nullable;

/** One declared step: everything {@code discover} describes and {@code execute} runs. */
record Step<P, C, O>(String id, StepType type, JsonType<C> controls, Class<O> outputType, Class<?> resultType,
		StepResolver<P, C, O> resolver, @Nullable SkipPredicate<P, C> skip, StepOptions<C, O> options) {
}
