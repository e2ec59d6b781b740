package dev.roundtable.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The suite's tables as Markdown: the ratios by corpus at a glance ({@link CorpusTable}, by CPU
 * time and by throughput), one table per benchmark class with a row per Roundtable/peer pair and
 * its floor, both ratios in throughput and in CPU time per operation, one table of
 * thread scaling, and a list of what was measured but compared with nothing. The same text goes
 * to the console and, when asked, to {@code docs/benchmarks.md}.
 */
final class SuiteReport {
  private SuiteReport() {}

  /**
   * The tables for one run's measurements.
   *
   * @param measurements the results of one run
   * @return Markdown text
   */
  static String tables(List<Measurement> measurements) {
    StringBuilder out = new StringBuilder();
    List<Pair> pairs = Pairing.pairs(measurements);
    out.append(CorpusTable.of(pairs, true)).append(CorpusTable.of(pairs, false));
    Map<String, StringBuilder> byClass = new LinkedHashMap<>();
    for (Pair p : pairs) {
      StringBuilder table = byClass.computeIfAbsent(p.roundtable().benchmark(), k -> header());
      Measurement rt = p.roundtable();
      Measurement peer = p.peer();
      Measurement floor = p.floor();
      table.append(row(p.work(), rt.paramsLabel() + threadsLabel(rt), score(rt),
          peer == null ? "(none)" : p.peerName(), peer == null ? "" : score(peer),
          p.speedup().map(Ratio::format).orElse(""), floor == null ? "" : score(floor),
          p.ofFloor().map(Ratio::format).orElse(""), cpu(rt),
          p.cpuSpeedup().map(Ratio::format).orElse(""),
          p.cpuOfFloor().map(Ratio::format).orElse(""), bytes(rt.bytesPerOp()),
          peer == null ? "" : bytes(peer.bytesPerOp())));
    }
    byClass.forEach((name, table) -> out.append("### ").append(name).append("\n\n")
        .append(table).append('\n'));
    List<ThreadScaling> scalings = Pairing.threadScalings(measurements);
    if (!scalings.isEmpty()) {
      out.append("### Thread scaling (one shared exporter instance)\n\n")
          .append("| benchmark | work | params | 1 thread | threads | N threads | N / 1 |\n")
          .append("|---|---|---|--:|--:|--:|---|\n");
      for (ThreadScaling t : scalings) {
        out.append(row(t.single().benchmark(), t.work(), t.single().paramsLabel(),
            score(t.single()), Integer.toString(t.multi().threads()), score(t.multi()),
            t.speedup().format()));
      }
      out.append('\n');
    }
    List<Measurement> alone = Pairing.unpaired(measurements);
    if (!alone.isEmpty()) {
      out.append("Measured but compared with nothing (no matching method):\n\n");
      for (Measurement m : alone) {
        out.append("- `").append(m.benchmark()).append('.').append(m.method()).append('`')
            .append(m.params().isEmpty() ? "" : " (" + m.paramsLabel() + ")")
            .append(": ").append(score(m)).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * A score with its error and unit, e.g. {@code 12,345 ± 678 ops/s}.
   *
   * @param m the measurement
   * @return the text
   */
  static String score(Measurement m) {
    String error = Double.isNaN(m.error()) ? "" : " ± " + number(m.error());
    return number(m.score()) + error + " " + m.unit();
  }

  /** Whole numbers with grouping from 100 up, three significant digits below. */
  static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Math.abs(v) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    return String.format(Locale.ROOT, "%.3g", v);
  }

  /** CPU time per operation in µs or ms, three significant digits. */
  static String cpu(Measurement m) {
    double ns = m.cpuNanos();
    if (Double.isNaN(ns)) {
      return "n/a";
    }
    return ns >= 1e6 ? number(ns / 1e6) + " ms" : number(ns / 1e3) + " µs";
  }

  private static String bytes(double v) {
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String threadsLabel(Measurement m) {
    return m.threads() == 1 ? "" : (m.params().isEmpty() ? "" : " ") + "threads=" + m.threads();
  }

  private static StringBuilder header() {
    return new StringBuilder()
        .append("| work | params | Roundtable | peer | peer score | Roundtable / peer speed")
        .append(" | floor | Roundtable / floor | Roundtable CPU/op | peer / Roundtable CPU")
        .append(" | floor / Roundtable CPU | Roundtable B/op | peer B/op |\n")
        .append("|---|---|--:|---|--:|---|--:|---|--:|---|---|--:|--:|\n");
  }

  static String row(String... cells) {
    StringBuilder out = new StringBuilder("|");
    for (String cell : cells) {
      out.append(' ').append(cell.isEmpty() ? " " : cell.replace("|", "\\|")).append(" |");
    }
    return out.append('\n').toString();
  }
}
