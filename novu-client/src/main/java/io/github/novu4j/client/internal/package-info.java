/**
 * Transport shared by every resource: request building, envelope unwrapping, error mapping, retries. Not public API: it may change in any release.
 */
@NullMarked
package io.github.novu4j.client.internal;

import org.jspecify.annotations.NullMarked;
