/**
 * Micrometer observation of Novu operations.
 */
@NullMarked
package io.github.novu4j.client.observation;

import org.jspecify.annotations.NullMarked;
