/**
 * Agents and their integrations ({@code /v1/agents}).
 */
@NullMarked
package io.github.novu4j.client.agents;

import org.jspecify.annotations.NullMarked;
