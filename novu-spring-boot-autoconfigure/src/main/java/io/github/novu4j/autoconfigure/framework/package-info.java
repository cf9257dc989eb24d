/**
 * Serves the application's Novu Framework {@link io.github.novu4j.framework.Workflow} beans at {@code /api/novu}
 * ({@code novu.framework.path}) in a Spring MVC or WebFlux application, exempts that path (only) from Spring
 * Security's login and CSRF protection, and, when enabled, registers the bridge with Novu once the application is
 * ready ({@code novu.framework.sync.*}).
 */
@NullMarked
package io.github.novu4j.autoconfigure.framework;

import org.jspecify.annotations.NullMarked;
