/**
 * Spring Boot auto-configuration of the Novu client: {@link io.github.novu4j.autoconfigure.NovuProperties}
 * ({@code novu.*}), the {@code NovuClient} bean and {@link io.github.novu4j.autoconfigure.NovuClientCustomizer}.
 */
@NullMarked
package io.github.novu4j.autoconfigure;

import org.jspecify.annotations.NullMarked;
