/**
 * Provider integrations and their webhook support.
 */
@NullMarked
package io.github.novu4j.client.integrations;

import org.jspecify.annotations.NullMarked;
