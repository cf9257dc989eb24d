/**
 * Workflow groups.
 */
@NullMarked
package io.github.novu4j.client.workflowgroups;

import org.jspecify.annotations.NullMarked;
