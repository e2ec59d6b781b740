package dev.roundtable.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;

/** The scaling plots: answers per second and peak heap against answers, log-scale x. */
final class ScalingCharts {
  /** The extra field of a run whose input is held in memory: the input's retained size. */
  static final String MODEL = "model_heap_mb";
  /** The young generation of every scaling run, in MiB ({@code -Xmn16m}). */
  static final int YOUNG_MB = 16;

  private ScalingCharts() {}

  /**
   * Writes {@code scaling-throughput.png} and {@code scaling-heap.png} into a directory.
   *
   * @param runs the runs, several per workload
   * @param dir the directory, created if missing
   * @throws IOException when a file cannot be written
   */
  static void write(List<ScaleRun> runs, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Files.createDirectories(dir);
    save(chart(runs, "Throughput: flat means linear time", "answers per second",
        ScaleRun::answersPerSecond), dir.resolve("scaling-throughput.png"));
    XYChart heap = chart(runs, "Peak heap while writing: flat means streaming",
        "peak heap (MiB)", ScaleRun::peakHeapMb);
    byWorkload(runs).forEach((name, series) -> {
      if (series.stream().allMatch(r -> r.extra().containsKey(MODEL))) {
        heap.addSeries(name + ": the model alone (input held in memory)",
            series.stream().mapToDouble(ScaleRun::answers).toArray(),
            series.stream().mapToDouble(r -> Double.parseDouble(r.extra().get(MODEL))).toArray());
      }
    });
    double[] xs = runs.stream().mapToDouble(ScaleRun::answers).sorted().distinct().toArray();
    heap.addSeries("young generation, fixed at " + YOUNG_MB + " MiB: garbage fills it before"
        + " each collection", xs, java.util.Arrays.stream(xs).map(x -> YOUNG_MB).toArray())
        .setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE)
        .setLineStyle(org.knowm.xchart.style.lines.SeriesLines.DASH_DASH);
    save(heap, dir.resolve("scaling-heap.png"));
  }

  private static XYChart chart(List<ScaleRun> runs, String title, String yTitle,
      ToDoubleFunction<ScaleRun> y) {
    XYChart chart = new XYChartBuilder().width(800).height(480).title(title)
        .xAxisTitle("answers (log scale)").yAxisTitle(yTitle).build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisDecimalPattern("#,###");
    chart.getStyler().setYAxisDecimalPattern("#,###");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    byWorkload(runs).forEach((name, series) -> chart.addSeries(name,
        series.stream().mapToDouble(ScaleRun::answers).toArray(),
        series.stream().mapToDouble(y).toArray()));
    return chart;
  }

  private static Map<String, List<ScaleRun>> byWorkload(List<ScaleRun> runs) {
    Map<String, List<ScaleRun>> out = new LinkedHashMap<>();
    for (ScaleRun r : runs) {
      out.computeIfAbsent(r.workload(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  private static void save(XYChart chart, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }
}
