/**
 * Environment tags, diff and publish ({@code /v2/environments}).
 */
@NullMarked
package io.github.novu4j.client.v2.environments;

import org.jspecify.annotations.NullMarked;
