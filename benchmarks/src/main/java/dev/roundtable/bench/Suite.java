package dev.roundtable.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Version;

/**
 * The benchmark suite: runs every Roundtable-versus-peer pair with JMH and the allocation
 * profiler, then prints one table per benchmark class with the speed ratio of Roundtable to
 * each peer measured in the same run, allocation per operation for both, thread scaling of the
 * shared exporters, and the streaming scaling runs of {@link Scaling}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.roundtable.bench.Suite [options]
 *   --quick        smoke run: shorter iterations and smaller scaling sizes (numbers are rough)
 *   --write-docs   also write docs/benchmarks.md and the scaling plots under docs/
 *   --only REGEX   run only the JMH benchmarks whose full name matches (no scaling runs)
 *   --no-scaling   skip the scaling runs
 * </pre>
 *
 * <p>Paths are relative to the repository root (the working directory, or its parent when run
 * from {@code benchmarks/}). Raw JMH results go to {@code benchmarks/target/results.json}.
 */
public final class Suite {
  /** The pairwise benchmark classes, plus any class whose name contains Concurrency. */
  static final String DEFAULT_INCLUDE = "^dev\\.roundtable\\.bench\\.(JsonBenchmark|HtmlBenchmark"
      + "|FeedBenchmark|EscapeBenchmark|\\w*Concurrency\\w*)\\.";
  private static final String USAGE = "usage: benchmarks/run [--quick] [--write-docs]"
      + " [--only REGEX] [--no-scaling]";

  private Suite() {}

  /**
   * Runs the suite.
   *
   * @param args the options above
   * @throws Exception when JMH cannot run or a file cannot be written
   */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    boolean writeDocs = false;
    boolean scaling = true;
    String include = DEFAULT_INCLUDE;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--write-docs" -> writeDocs = true;
        case "--no-scaling" -> scaling = false;
        case "--only" -> {
          if (i + 1 == args.length) {
            fail("--only needs a regular expression");
          }
          include = args[++i];
          scaling = false;
        }
        case "--help", "-h" -> {
          System.out.println(USAGE);
          return;
        }
        default -> fail("unknown option " + args[i]);
      }
    }
    Path root = Scaling.repositoryRoot();
    Path results = root.resolve("benchmarks/target/results.json");
    Files.createDirectories(results.getParent());
    double loadBefore = loadAverage();
    List<Measurement> measurements;
    try {
      measurements = measurements(new Runner(options(include, quick, results)).run());
    } catch (RunnerException e) {
      System.err.println("Suite: JMH could not run the benchmarks: " + e.getMessage());
      System.exit(1);
      return;
    }
    String tables = SuiteReport.tables(measurements);
    System.out.println();
    System.out.println("Speed ratio = Roundtable's throughput / the peer's (above 1: Roundtable"
        + " is faster), [bounds] from both 99.9% confidence intervals.");
    System.out.println();
    System.out.println(tables);
    System.out.println("Raw results: " + root.relativize(results));
    String scalingTable = "";
    if (scaling) {
      scalingTable = Scaling.run(quick, writeDocs, root);
    }
    if (writeDocs) {
      Path docs = root.resolve("docs/benchmarks.md");
      Files.createDirectories(docs.getParent());
      String load = String.format(Locale.ROOT, "%.1f before, %.1f after", loadBefore,
          loadAverage());
      Files.writeString(docs, document(tables, scalingTable, quick, load),
          StandardCharsets.UTF_8);
      System.out.println("Wrote " + root.relativize(docs));
    }
  }

  /**
   * The JMH options of the suite: throughput in operations per second, the GC profiler, one
   * fork, and iterations sized so the whole suite takes a few minutes on two cores.
   */
  static org.openjdk.jmh.runner.options.Options options(String include, boolean quick,
      Path results) {
    ChainedOptionsBuilder b = new OptionsBuilder()
        .include(include)
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .addProfiler(GCProfiler.class)
        .forks(1)
        .jvmArgsAppend("-Xms512m", "-Xmx512m")
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(results.toString());
    if (quick) {
      b.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(3).measurementTime(TimeValue.milliseconds(500));
    } else {
      b.warmupIterations(5).warmupTime(TimeValue.seconds(1))
          .measurementIterations(5).measurementTime(TimeValue.seconds(1));
    }
    return b.build();
  }

  /** JMH's results reduced to the suite's measurements. */
  static List<Measurement> measurements(Collection<RunResult> results) {
    List<Measurement> out = new ArrayList<>();
    for (RunResult r : results) {
      BenchmarkParams p = r.getParams();
      String name = p.getBenchmark();
      int dot = name.lastIndexOf('.');
      String benchmark = name.substring(name.lastIndexOf('.', dot - 1) + 1, dot);
      Map<String, String> params = new LinkedHashMap<>();
      for (String key : p.getParamsKeys()) {
        params.put(key, p.getParam(key));
      }
      Result<?> primary = r.getPrimaryResult();
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      out.add(new Measurement(benchmark, name.substring(dot + 1), params, p.getThreads(),
          primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          alloc == null ? Double.NaN : alloc.getScore()));
    }
    return out;
  }

  /** The system's one-minute load average, NaN where the platform does not tell. */
  private static double loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? Double.NaN : load;
  }

  private static String document(String tables, String scalingTable, boolean quick,
      String load) {
    Runtime rt = Runtime.getRuntime();
    String settings = quick
        ? "`--quick` smoke run: 1 fork, 1 warm-up of 0.5 s, 3 measurements of 0.5 s (rough)"
        : "1 fork, 5 warm-ups of 1 s, 5 measurements of 1 s";
    StringBuilder out = new StringBuilder()
        .append("# Benchmarks\n\n")
        .append("Generated by `benchmarks/run --write-docs` on ")
        .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(": JMH ")
        .append(Version.getPlainVersion()).append(", ").append(System.getProperty("java.vm.name"))
        .append(' ').append(System.getProperty("java.version")).append(", ")
        .append(rt.availableProcessors()).append(" cores, ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
        .append(", load average ").append(load)
        .append(". Settings: ").append(settings).append(", `-prof gc`, heap fixed at 512 MB.")
        .append(" A load average above the number of cores means other work shared the CPUs:")
        .append(" the scores are then low and their intervals wide.\n\n")
        .append("Each row is Roundtable and one peer doing the same work in the same run. ")
        .append("Scores are operations per second ± the half-width of the 99.9% confidence ")
        .append("interval. The speed ratio is Roundtable's throughput divided by the peer's: ")
        .append("above 1 Roundtable is faster. Its bounds divide the ends of the two intervals ")
        .append("(slowest Roundtable over fastest peer, and the reverse), so a ratio whose ")
        .append("bounds straddle 1 is a tie. B/op is `gc.alloc.rate.norm`: bytes allocated per ")
        .append("operation. Numbers depend on the machine; compare ratios, not absolute scores.")
        .append("\n\n")
        .append(tables);
    if (!scalingTable.isEmpty()) {
      out.append("### Scaling (streaming, one fresh JVM per run)\n\n").append(scalingTable)
          .append("\n![throughput](scaling-throughput.png)\n![peak heap](scaling-heap.png)\n");
    }
    return out.toString();
  }

  private static void fail(String message) {
    System.err.println("Suite: " + message);
    System.err.println(USAGE);
    System.exit(2);
  }
}
