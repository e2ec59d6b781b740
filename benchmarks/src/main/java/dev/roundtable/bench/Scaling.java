package dev.roundtable.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Scaling of the streaming paths: writes feeds of 10^3 to 10^6 generated answers
 * ({@code FeedScale}), JSON documents of 10^3 to 10^5 answers ({@code JsonScale}) and the HTML
 * page fragments of a question with 10^3 to 10^5 answers ({@code HtmlScale}), each run
 * in a fresh JVM with a small fixed young generation after a warm-up ({@link ScaleChild}), and
 * prints seconds, answers per second and peak heap per run. Linear time shows as flat answers
 * per second (and linear HTML as flat bytes per answer); streaming shows as flat peak heap.
 * Plots go to {@code benchmarks/target/} and, with {@code --write-docs}, to
 * {@code docs/scaling-throughput.png} and {@code docs/scaling-heap.png}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.roundtable.bench.Scaling [--quick] [--write-docs]
 * </pre>
 */
public final class Scaling {
  /** Same collector and young generation for every run, so peaks compare across sizes. */
  private static final List<String> CHILD_FLAGS =
      List.of("-XX:+UseSerialGC", "-Xmn" + ScalingCharts.YOUNG_MB + "m", "-Xss1m");

  private Scaling() {}

  /** A main class printing a {@link ScaleRun} line for a number of answers, and its sizes. */
  private record Workload(String name, String mainClass, String maxHeap, long[] sizes,
      long[] quickSizes) {}

  private static final List<Workload> WORKLOADS = List.of(
      new Workload("RSS feed", "dev.roundtable.bench.FeedScale", "-Xmx64m",
          new long[] {1_000, 10_000, 100_000, 1_000_000}, new long[] {1_000, 10_000, 100_000}),
      new Workload("JSON document", "dev.roundtable.bench.JsonScale", "-Xmx128m",
          new long[] {1_000, 10_000, 100_000}, new long[] {1_000, 10_000}),
      new Workload("HTML page", "dev.roundtable.bench.HtmlScale", "-Xmx128m",
          new long[] {1_000, 10_000, 100_000}, new long[] {1_000, 10_000}));

  /**
   * Runs the scaling workloads.
   *
   * @param args {@code --quick} for smaller sizes, {@code --write-docs} to write the plots
   *     under {@code docs/}
   * @throws Exception when a run cannot start or a plot cannot be written
   */
  public static void main(String[] args) throws Exception {
    boolean quick = false;
    boolean writeDocs = false;
    for (String arg : args) {
      switch (arg) {
        case "--quick" -> quick = true;
        case "--write-docs" -> writeDocs = true;
        default -> {
          System.err.println("Scaling: unknown option " + arg);
          System.err.println("usage: Scaling [--quick] [--write-docs]");
          System.exit(2);
        }
      }
    }
    run(quick, writeDocs, repositoryRoot());
  }

  /**
   * Runs every workload at every size, prints the table and writes the plots.
   *
   * @param quick whether to skip the largest sizes
   * @param writeDocs whether to write the plots under {@code docs/} too
   * @param root the repository root
   * @return the table, as Markdown; empty when no workload ran
   * @throws IOException when a run cannot start or a plot cannot be written
   * @throws InterruptedException when interrupted while waiting for a run
   */
  static String run(boolean quick, boolean writeDocs, Path root)
      throws IOException, InterruptedException {
    List<ScaleRun> runs = new ArrayList<>();
    for (Workload w : WORKLOADS) {
      if (!onClassPath(w.mainClass())) {
        System.out.println("Scaling: " + w.mainClass() + " is not in this jar; skipped");
        continue;
      }
      for (long n : quick ? w.quickSizes() : w.sizes()) {
        System.out.println("Scaling: " + w.name() + ", " + n + " answers, " + w.maxHeap());
        runs.add(runOnce(w, n));
      }
    }
    if (runs.isEmpty()) {
      return "";
    }
    String table = table(runs);
    System.out.println();
    System.out.println(table);
    List<Path> dirs = new ArrayList<>(List.of(root.resolve("benchmarks/target")));
    if (writeDocs) {
      dirs.add(root.resolve("docs"));
    }
    for (Path dir : dirs) {
      ScalingCharts.write(runs, dir);
      System.out.println("Wrote " + root.relativize(dir.resolve("scaling-throughput.png"))
          + " and scaling-heap.png");
    }
    return table;
  }

  /**
   * The runs as a Markdown table.
   *
   * @param runs the runs
   * @return the table
   */
  static String table(List<ScaleRun> runs) {
    StringBuilder out = new StringBuilder()
        .append("| workload | answers | seconds | answers/s | peak heap MiB | notes |\n")
        .append("|---|--:|--:|--:|--:|---|\n");
    for (ScaleRun r : runs) {
      StringBuilder notes = new StringBuilder();
      r.extra().forEach((k, v) -> notes.append(notes.length() == 0 ? "" : ", ")
          .append(k).append('=').append(v));
      out.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %,.0f | %.1f | %s |%n",
          r.workload(), r.answers(), r.seconds(), r.answersPerSecond(), r.peakHeapMb(), notes));
    }
    out.append("\nEach run is a fresh JVM with ").append(String.join(" ", CHILD_FLAGS))
        .append(" and the heap cap in the workload's name, warmed up by ")
        .append(ScaleChild.WARM_UP_ROUNDS).append(" runs of ")
        .append(String.format(Locale.ROOT, "%,d", ScaleChild.WARM_UP_ANSWERS))
        .append(" answers. Peak heap is the sum of the heap pools' peak use while writing; with")
        .append(" the young generation fixed at ").append(ScalingCharts.YOUNG_MB)
        .append(" MiB, a streaming writer's peak stays near it")
        .append(" whatever the size.\n");
    return out.toString();
  }

  /**
   * The repository root: the working directory, or its parent when run from
   * {@code benchmarks/}.
   *
   * @return the root
   */
  static Path repositoryRoot() {
    Path cwd = Path.of("").toAbsolutePath();
    if (!Files.isDirectory(cwd.resolve("benchmarks")) && cwd.getFileName() != null
        && cwd.getFileName().toString().equals("benchmarks") && cwd.getParent() != null) {
      return cwd.getParent();
    }
    return cwd;
  }

  private static ScaleRun runOnce(Workload w, long answers)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(CHILD_FLAGS);
    command.add(w.maxHeap());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ScaleChild.class.getName());
    command.add(w.mainClass());
    command.add(Long.toString(answers));
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Optional<ScaleRun> result = Optional.empty();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.out.println("  " + line);
        Optional<ScaleRun> parsed = ScaleRun.parse(w.name() + " " + w.maxHeap(), line);
        if (parsed.isPresent()) {
          result = parsed;
        }
      }
    }
    if (!process.waitFor(15, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IOException(w.mainClass() + " " + answers + " did not finish in 15 minutes");
    }
    if (process.exitValue() != 0 || result.isEmpty()) {
      throw new IOException(w.mainClass() + " " + answers + " failed (exit status "
          + process.exitValue() + ", result line " + (result.isPresent() ? "" : "missing") + ")");
    }
    return result.get();
  }

  private static boolean onClassPath(String className) {
    try {
      Class.forName(className, false, Scaling.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
