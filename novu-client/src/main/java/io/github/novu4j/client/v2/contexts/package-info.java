/**
 * Contexts ({@code /v2/contexts}): typed entities a trigger can carry.
 */
@NullMarked
package io.github.novu4j.client.v2.contexts;

import org.jspecify.annotations.NullMarked;
