/**
 * A sample order service that notifies its customers through Novu.
 */
@NullMarked
package io.github.novu4j.sample;

import org.jspecify.annotations.NullMarked;
