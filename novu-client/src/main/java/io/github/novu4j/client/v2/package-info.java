/**
 * Novu's v2 API ({@code /v2/...} paths), reached through {@code NovuClient.v2()}: one package per
 * resource below this one, with the resource tree and method names of {@code @novu/api} 3.x.
 */
@NullMarked
package io.github.novu4j.client.v2;

import org.jspecify.annotations.NullMarked;
