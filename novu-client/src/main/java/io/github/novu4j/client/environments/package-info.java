/**
 * Environments and their API keys.
 */
@NullMarked
package io.github.novu4j.client.environments;

import org.jspecify.annotations.NullMarked;
