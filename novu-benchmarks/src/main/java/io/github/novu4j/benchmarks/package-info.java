/**
 * JMH benchmarks of the Novu client's HTTP transports against a loopback Novu stand-in, and a count of
 * the transport failures each transport lets through under concurrency. See {@code docs/benchmarks.md}.
 */
@NullMarked
package io.github.novu4j.benchmarks;

import org.jspecify.annotations.NullMarked;
