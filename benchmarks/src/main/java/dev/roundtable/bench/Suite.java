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
 * lists (feeds and escaping on all six, HTML and JSON on {@code copies} and {@code realistic});
 * {@code --quick} runs {@code realistic} only.
 *
 * <p>Paths are relative to the repository root (the working directory, or its parent when run
 * from {@code benchmarks/}). Raw JMH results go to {@code benchmarks/target/results.json}.
 */
public final class Suite {
  /** The pairwise benchmark classes, plus any class whose name contains Concurrency. */
  static final String DEFAULT_INCLUDE = "^dev\\.roundtable\\.bench\\.(JsonBenchmark|HtmlBenchmark"
      + "|FeedBenchmark|JsonFeedBenchmark|EscapeBenchmark|\\w*Concurrency\\w*)\\.";
  private static final String USAGE = "usage: benchmarks/run [--quick] [--write-docs]"
      + " [--only REGEX] [--corpus NAME,...] [--no-scaling]";

  /** Warm-ups, their milliseconds, measurements, their milliseconds: the full run's. */
  private static final int[] FULL = {2, 500, 5, 500};
  /** The same for {@code --quick}. */
  private static final int[] QUICK = {1, 300, 3, 300};

  private Suite() {}

  /** The JMH settings in words, for the page. */
  static String settings(boolean quick) {
    int[] i = quick ? QUICK : FULL;
    return String.format(Locale.ROOT, "%s1 fork per benchmark and corpus, %d warm-up%s of %.1f s,"
        + " %d measurements of %.1f s", quick ? "`--quick` smoke run (rough): " : "", i[0],
        i[0] == 1 ? "" : "s", i[1] / 1000.0, i[2], i[3] / 1000.0);
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
   * fork, and iterations sized so the whole suite takes a few minutes on two cores.
   */
  static org.openjdk.jmh.runner.options.Options options(String include, boolean quick,
      String[] corpora, Path results) {
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
    if (corpora != null) {
      b.param(CorpusTable.PARAM, corpora);
    }
    int[] i = quick ? QUICK : FULL;
    b.warmupIterations(i[0]).warmupTime(TimeValue.milliseconds(i[1]))
        .measurementIterations(i[2]).measurementTime(TimeValue.milliseconds(i[3]));
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

  private static void fail(String message) {
    System.err.println("Suite: " + message);
    System.err.println(USAGE);
    System.exit(2);
  }
}
