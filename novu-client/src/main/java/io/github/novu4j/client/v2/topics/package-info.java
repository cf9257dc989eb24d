/**
 * Topics of the v2 API ({@code /v2/topics}) and their subscriptions.
 */
@NullMarked
package io.github.novu4j.client.v2.topics;

import org.jspecify.annotations.NullMarked;
