package dev.roundtable.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Warmup;
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
 *   --corpus LIST  run the pairs on these corpora only, e.g. realistic,cjk ({@link Corpus})
 *   --no-scaling   skip the scaling runs
 * </pre>
 *
 * <p>Without {@code --corpus}, each benchmark class runs on the corpora its {@code @Param}
 * lists (RSS and escaping on all six, the others on {@code copies} and {@code realistic});
 * {@code --quick} runs {@code realistic} only.
 *
 * <p>Paths are relative to the repository root (the working directory, or its parent when run
 * from {@code benchmarks/}). Raw JMH results go to {@code benchmarks/target/results.json}.
 */
public final class Suite {
  /** The benchmark classes the suite runs: the pairs, then thread scaling. */
  static final List<Class<?>> CLASSES = List.of(FeedBenchmark.class,
      AtomAndJsonFeedBenchmark.class, HtmlBenchmark.class, JsonBenchmark.class,
      EscapeBenchmark.class, ConcurrencyBenchmark.class);
  /** Every benchmark of {@link #CLASSES}. */
  static final String DEFAULT_INCLUDE = "^dev\\.roundtable\\.bench\\.("
      + CLASSES.stream().map(Class::getSimpleName).collect(Collectors.joining("|")) + ")\\.";
  private static final String USAGE = "usage: benchmarks/run [--quick] [--write-docs]"
      + " [--only REGEX] [--corpus NAME,...] [--no-scaling]";

  /** Warm-ups and measurements of {@code --quick}, in milliseconds each. */
  private static final int QUICK_WARMUP = 300;
  private static final int QUICK_MEASUREMENT = 300;

  private Suite() {}

  /**
   * The JMH settings in words, for the page: the quick run's, or each class's own
   * ({@code @Warmup} and {@code @Measurement}: warming up a 1,000-answer operation takes the JIT
   * some seconds).
   */
  static String settings(boolean quick) {
    if (quick) {
      return "`--quick` smoke run (rough): 1 fork per benchmark and corpus, 1 warm-up of 0.3 s,"
          + " 3 measurements of 0.3 s";
    }
    StringBuilder out = new StringBuilder("1 fork per benchmark and corpus; warm-ups and"
        + " measurements");
    for (Class<?> type : CLASSES) {
      Warmup w = type.getAnnotation(Warmup.class);
      org.openjdk.jmh.annotations.Measurement m =
          type.getAnnotation(org.openjdk.jmh.annotations.Measurement.class);
      out.append(type == CLASSES.get(0) ? " " : ", ").append(type.getSimpleName())
          .append(String.format(Locale.ROOT, " %d × %s s + %d × %s s", w.iterations(),
              seconds(w.time(), w.timeUnit()), m.iterations(), seconds(m.time(), m.timeUnit())));
    }
    return out.toString();
  }

  private static String seconds(int time, TimeUnit unit) {
    double s = unit.toMillis(time) / 1000.0;
    return s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s);
  }

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
    String[] corpora = null;
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
        case "--corpus" -> {
          if (i + 1 == args.length) {
            fail("--corpus needs corpus names, e.g. realistic,cjk");
          }
          corpora = args[++i].split(",");
          for (String corpus : corpora) {
            if (!Corpus.NAMES.contains(corpus)) {
              fail("unknown corpus " + corpus + "; known: " + String.join(", ", Corpus.NAMES));
            }
          }
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
    if (corpora == null && quick) {
      corpora = new String[] {"realistic"};
    }
    double loadBefore = loadAverage();
    long start = System.nanoTime();
    List<Measurement> measurements;
    try {
      measurements = measurements(new Runner(options(include, quick, corpora, results)).run());
    } catch (RunnerException e) {
      System.err.println("Suite: JMH could not run the benchmarks: " + e.getMessage());
      System.exit(1);
      return;
    }
    String tables = SuiteReport.tables(measurements);
    System.out.println();
    System.out.println("Speed ratio = Roundtable's throughput / the peer's (above 1: Roundtable"
        + " is faster); Roundtable / floor = Roundtable's throughput / the floor's (the same"
        + " texts to UTF-8 once); [bounds] from both 99.9% confidence intervals.");
    System.out.println();
    System.out.println(tables);
    System.out.println("Raw results: " + root.relativize(results));
    String scalingTable = "";
    if (scaling) {
      scalingTable = Scaling.run(quick, writeDocs, root);
    }
    String load = String.format(Locale.ROOT, "%.1f before, %.1f after", loadBefore,
        loadAverage());
    long minutes = Math.round((System.nanoTime() - start) / 60e9);
    System.out.println("Load average " + load + "; the run took about " + minutes + " minutes.");
    if (writeDocs) {
      Path docs = root.resolve("docs/benchmarks.md");
      Files.createDirectories(docs.getParent());
      Files.writeString(docs, BenchmarksPage.of(tables, scalingTable, settings(quick), load,
          minutes),
          StandardCharsets.UTF_8);
      System.out.println("Wrote " + root.relativize(docs));
    }
  }

  /**
   * The JMH options of the suite: throughput in operations per second, the GC profiler, one
   * fork, each class's own iterations ({@link #settings}) or the quick run's short ones, and the
   * corpora when given.
   */
  static org.openjdk.jmh.runner.options.Options options(String include, boolean quick,
      String[] corpora, Path results) {
    ChainedOptionsBuilder b = new OptionsBuilder()
        .include(include)
        .mode(Mode.Throughput)
        .timeUnit(TimeUnit.SECONDS)
        .addProfiler(GCProfiler.class)
        .addProfiler(CpuTimeProfiler.class)
        .forks(1)
        .jvmArgsAppend("-Xms512m", "-Xmx512m")
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(results.toString());
    if (corpora != null) {
      b.param(CorpusTable.PARAM, corpora);
    }
    if (quick) {
      b.warmupIterations(1).warmupTime(TimeValue.milliseconds(QUICK_WARMUP))
          .measurementIterations(3).measurementTime(TimeValue.milliseconds(QUICK_MEASUREMENT));
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
      Result<?> cpu = r.getSecondaryResults().get(CpuTimeProfiler.RESULT);
      out.add(new Measurement(benchmark, name.substring(dot + 1), params, p.getThreads(),
          primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          alloc == null ? Double.NaN : alloc.getScore(),
          cpu == null ? Double.NaN : cpu.getScore(),
          cpu == null ? Double.NaN : cpu.getScoreError()));
    }
    return out;
  }

  /** The system's one-minute load average, NaN where the platform does not tell. */
  private static double loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? Double.NaN : load;
  }

  private static void fail(String message) {
    System.err.println("Suite: " + message);
    System.err.println(USAGE);
    System.exit(2);
  }
}
