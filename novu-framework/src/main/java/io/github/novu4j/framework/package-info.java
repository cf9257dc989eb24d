/**
 * Novu Framework workflows declared in Java and the bridge that serves them to Novu: {@link io.github.novu4j.framework.Workflow}
 * declares a workflow and its steps, {@link io.github.novu4j.framework.NovuBridge} answers Novu's {@code health-check},
 * {@code discover}, {@code execute} and {@code preview} requests, checking their {@code novu-signature}.
 * Plain Java: any HTTP server can hand it the method, query, headers and raw body of a request.
 */
@NullMarked
package io.github.novu4j.framework;

import org.jspecify.annotations.NullMarked;
