/**
 * Serves the application's Novu Framework {@link io.github.novu4j.framework.Workflow} beans at {@code /api/novu}
 * ({@code novu.framework.path}) in a Spring MVC application.
 */
@NullMarked
package io.github.novu4j.autoconfigure.framework;

import org.jspecify.annotations.NullMarked;
