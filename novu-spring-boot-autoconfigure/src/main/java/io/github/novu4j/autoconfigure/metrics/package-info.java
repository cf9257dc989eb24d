/**
 * Micrometer meters of the Novu client in Spring Boot.
 */
@NullMarked
package io.github.novu4j.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
