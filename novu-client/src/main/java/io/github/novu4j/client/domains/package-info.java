/**
 * Inbound e-mail domains, their auto-configuration and routes ({@code /v1/domains}).
 */
@NullMarked
package io.github.novu4j.client.domains;

import org.jspecify.annotations.NullMarked;
