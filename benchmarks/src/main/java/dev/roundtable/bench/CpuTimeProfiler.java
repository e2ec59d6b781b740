package dev.roundtable.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * The benchmark JVM's CPU time per operation ({@value #RESULT}, nanoseconds): the process's CPU
 * time over an iteration (the benchmark thread, the garbage collector and the compiler) divided
 * by the operations of the iteration. On a machine that other work shares, throughput measures
 * the share of the CPUs a fork got as much as the code; CPU time counts only the time the fork
 * ran, so ratios of it hold better from one fork to the next.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  /** The name of the secondary result. */
  static final String RESULT = "cpu.time.norm";

  private final OperatingSystemMXBean os =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long before;

  /** A profiler; JMH makes one per fork. */
  public CpuTimeProfiler() {}

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    before = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmark,
      IterationParams iteration, IterationResult result) {
    long ops = result.getMetadata().getAllOps();
    if (ops == 0) {
      return List.of();
    }
    double nanos = (os.getProcessCpuTime() - before) / (double) ops;
    return List.of(new ScalarResult(RESULT, nanos, "ns/op", AggregationPolicy.AVG));
  }
}
