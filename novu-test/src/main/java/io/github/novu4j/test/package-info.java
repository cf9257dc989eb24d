/**
 * A local, in-memory Novu for tests: {@link io.github.novu4j.test.LocalNovu} (an HTTP server on a loopback
 * port answering Novu's wire format), fault injection ({@link io.github.novu4j.test.Faults}), assertions
 * ({@link io.github.novu4j.test.LocalNovuAssertions}) and a JUnit 5 extension
 * ({@link io.github.novu4j.test.LocalNovuExtension}).
 */
@NullMarked
package io.github.novu4j.test;

import org.jspecify.annotations.NullMarked;
