/**
 * Email layouts ({@code /v2/layouts}).
 */
@NullMarked
package io.github.novu4j.client.v2.layouts;

import org.jspecify.annotations.NullMarked;
