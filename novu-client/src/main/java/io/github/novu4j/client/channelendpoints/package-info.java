/**
 * Channel endpoints ({@code /v1/channel-endpoints}).
 */
@NullMarked
package io.github.novu4j.client.channelendpoints;

import org.jspecify.annotations.NullMarked;
