/**
 * The check that stops a Spring Boot 3 application at startup with one clear message, before Boot's
 * own auto-configurations clash with this Boot 4 starter.
 */
@NullMarked
package io.github.novu4j.autoconfigure.compatibility;

import org.jspecify.annotations.NullMarked;
