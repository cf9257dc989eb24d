/**
 * Spring Boot test support: {@link io.github.novu4j.test.spring.AutoConfigureLocalNovu} starts a
 * {@link io.github.novu4j.test.LocalNovu} for a test's application context and points the Novu starter at it.
 */
@NullMarked
package io.github.novu4j.test.spring;

import org.jspecify.annotations.NullMarked;
