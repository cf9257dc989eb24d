/**
 * The sample's offline mode: the test kit's local Novu in place of Novu Cloud, so the sample runs without a
 * Novu account or network.
 */
@NullMarked
package io.github.novu4j.sample.localnovu;

import org.jspecify.annotations.NullMarked;
