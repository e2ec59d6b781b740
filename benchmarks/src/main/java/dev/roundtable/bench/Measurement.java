package dev.roundtable.bench;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One benchmark's result, reduced to what the suite's tables need.
 *
 * @param benchmark the benchmark class's simple name, e.g. {@code FeedBenchmark}
 * @param method the benchmark method, e.g. {@code roundtableWriteRss1000}
 * @param params the JMH {@code @Param} values, by name
 * @param threads how many threads ran the method at once
 * @param score the primary score (higher is faster for throughput units such as {@code ops/s})
 * @param error the half-width of the 99.9% confidence interval of the score, NaN if unknown
 * @param unit the unit of the score
 * @param bytesPerOp bytes allocated per operation ({@code gc.alloc.rate.norm}), NaN if unknown
 * @param cpuNanos the fork's CPU time per operation in nanoseconds ({@link CpuTimeProfiler}),
 *     NaN if unknown
 * @param cpuError the half-width of the 99.9% confidence interval of {@code cpuNanos}, NaN if
 *     unknown
 */
record Measurement(String benchmark, String method, Map<String, String> params, int threads,
    double score, double error, String unit, double bytesPerOp, double cpuNanos,
    double cpuError) {

  Measurement {
    Objects.requireNonNull(benchmark, "benchmark");
    Objects.requireNonNull(method, "method");
    params = Map.copyOf(params);
    Objects.requireNonNull(unit, "unit");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
  }

  /**
   * Whether a higher score means faster: true for throughput units ({@code ops/s}), false for
   * time per operation ({@code s/op}, {@code ns/op}).
   *
   * @return true when the score is a throughput
   */
  boolean higherIsFaster() {
    return !unit.endsWith("/op");
  }

  /**
   * The parameters as {@code name=value} pairs in name order, empty when there are none.
   *
   * @return the parameters' label
   */
  String paramsLabel() {
    StringBuilder out = new StringBuilder();
    new TreeMap<>(params).forEach((k, v) -> {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(k).append('=').append(v);
    });
    return out.toString();
  }
}
