/**
 * Translations ({@code /v2/translations}).
 */
@NullMarked
package io.github.novu4j.client.v2.translations;

import org.jspecify.annotations.NullMarked;
