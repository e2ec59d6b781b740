package dev.roundtable.bench;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

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
    XYChart throughput = chart("Throughput: flat means linear time", "answers per second");
    byWorkload(runs).forEach((name, series) -> throughput.addSeries(name, answers(series),
        series.stream().mapToDouble(ScaleRun::answersPerSecond).toArray()));
    save(throughput, dir.resolve("scaling-throughput.png"));
    XYChart heap = chart("Peak heap while writing: flat means streaming", "peak heap (MiB)");
    byWorkload(runs).forEach((name, series) -> {
      double[] answers = answers(series);
      if (series.stream().allMatch(r -> r.extra().containsKey(MODEL))) {
        heap.addSeries(name + ": peak minus the model (what writing holds)", answers,
            series.stream().mapToDouble(r -> r.peakHeapMb() - model(r)).toArray());
        heap.addSeries(name + ": the model alone (the input, held in memory)", answers,
            series.stream().mapToDouble(ScalingCharts::model).toArray());
      } else {
        heap.addSeries(name, answers,
            series.stream().mapToDouble(ScaleRun::peakHeapMb).toArray());
      }
    });
    double[] xs = runs.stream().mapToDouble(ScaleRun::answers).sorted().distinct().toArray();
    heap.addSeries("young generation, fixed at " + YOUNG_MB + " MiB: garbage fills it before"
        + " each collection", xs, Arrays.stream(xs).map(x -> YOUNG_MB).toArray())
        .setMarker(SeriesMarkers.NONE).setLineStyle(SeriesLines.DASH_DASH);
    save(heap, dir.resolve("scaling-heap.png"));
  }

  private static XYChart chart(String title, String yTitle) {
    XYChart chart = new XYChartBuilder().width(800).height(480).title(title)
        .xAxisTitle("answers (log scale)").yAxisTitle(yTitle).build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisDecimalPattern("#,###");
    chart.getStyler().setYAxisDecimalPattern("#,###");
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    return chart;
  }

  private static double[] answers(List<ScaleRun> series) {
    return series.stream().mapToDouble(ScaleRun::answers).toArray();
  }

  private static double model(ScaleRun run) {
    return Double.parseDouble(run.extra().get(MODEL));
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
