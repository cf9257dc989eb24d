/**
 * A local stand-in for the Novu API, so the sample runs without a Novu account or network.
 */
@NullMarked
package io.github.novu4j.sample.localnovu;

import org.jspecify.annotations.NullMarked;
