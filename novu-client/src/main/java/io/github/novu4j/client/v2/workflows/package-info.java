/**
 * Workflows of the v2 API ({@code /v2/workflows}) and their steps.
 */
@NullMarked
package io.github.novu4j.client.v2.workflows;

import org.jspecify.annotations.NullMarked;
