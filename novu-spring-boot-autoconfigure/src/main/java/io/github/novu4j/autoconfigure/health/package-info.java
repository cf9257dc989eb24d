/**
 * The {@code novu} health indicator of Spring Boot Actuator and its auto-configuration.
 */
@NullMarked
package io.github.novu4j.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
