/**
 * Environment variables ({@code /v1/environment-variables}).
 */
@NullMarked
package io.github.novu4j.client.environmentvariables;

import org.jspecify.annotations.NullMarked;
