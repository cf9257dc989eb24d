/**
 * Channel connections ({@code /v1/channel-connections}).
 */
@NullMarked
package io.github.novu4j.client.channelconnections;

import org.jspecify.annotations.NullMarked;
