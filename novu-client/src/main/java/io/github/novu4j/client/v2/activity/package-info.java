/**
 * Activity tracking of delivery providers ({@code /v2/inbound-webhooks}).
 */
@NullMarked
package io.github.novu4j.client.v2.activity;

import org.jspecify.annotations.NullMarked;
