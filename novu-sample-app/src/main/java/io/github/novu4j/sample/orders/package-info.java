/**
 * Orders: placing and shipping them, the REST API, and the notifications they send through Novu.
 */
@NullMarked
package io.github.novu4j.sample.orders;

import org.jspecify.annotations.NullMarked;
