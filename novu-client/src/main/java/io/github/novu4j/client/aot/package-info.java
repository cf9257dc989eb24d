/**
 * Ahead-of-time support: the reflection hints a GraalVM native image needs to read and write the
 * client's models.
 */
@NullMarked
package io.github.novu4j.client.aot;

import org.jspecify.annotations.NullMarked;
