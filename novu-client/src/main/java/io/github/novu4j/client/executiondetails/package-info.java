/**
 * Execution details of a notification's jobs.
 */
@NullMarked
package io.github.novu4j.client.executiondetails;

import org.jspecify.annotations.NullMarked;
