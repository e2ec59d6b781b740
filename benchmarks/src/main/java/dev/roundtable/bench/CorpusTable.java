package dev.roundtable.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ratios at a glance: a row per pair's work and peer, and one for its floor, a column per
 * value of the {@code corpus} parameter ({@link Corpus#NAMES} order first), each cell
 * Roundtable / peer speed or Roundtable / floor, by CPU time per operation
 * ({@link Pair#cpuSpeedup()}) or by throughput ({@link Pair#speedup()}). Pairs measured without
 * a corpus are left out.
 */
final class CorpusTable {
  /** The benchmarks' corpus parameter. */
  static final String PARAM = "corpus";

  private CorpusTable() {}

  /**
   * The table, or nothing when no pair has a corpus (or, by CPU time, none has CPU times).
   *
   * @param pairs the pairs of one run
   * @param cpu by CPU time per operation rather than by throughput
   * @return Markdown text
   */
  static String of(List<Pair> pairs, boolean cpu) {
    List<String> corpora = new ArrayList<>();
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (Pair p : pairs) {
      String corpus = p.roundtable().params().get(PARAM);
      if (corpus == null) {
        continue;
      }
      if (!corpora.contains(corpus)) {
        corpora.add(corpus);
      }
      String work = p.roundtable().benchmark() + "|" + p.work() + others(p.roundtable());
      (cpu ? p.cpuSpeedup() : p.speedup())
          .ifPresent(r -> cells(rows, work + "|" + p.peerName()).put(corpus, cell(r)));
      (cpu ? p.cpuOfFloor() : p.ofFloor())
          .ifPresent(r -> cells(rows, work + "|floor").put(corpus, cell(r)));
    }
    if (rows.isEmpty()) {
      return "";
    }
    List<String> seen = List.copyOf(corpora);
    corpora.sort((a, b) -> Integer.compare(rank(a, seen), rank(b, seen)));
    StringBuilder out = new StringBuilder(cpu
        ? "### Ratios by corpus, by CPU time per operation\n\n"
        + "The fork's CPU time per operation, the peer's (or the floor's) over Roundtable's:"
        + " above 1 Roundtable takes less. CPU time counts only the time a fork ran, so these"
        + " ratios hold better than throughput when other work shares the machine.\n\n"
        : "### Ratios by corpus, by throughput\n\n"
        + "Roundtable / peer speed (above 1: Roundtable is faster) and Roundtable / floor"
        + " (1: as fast as encoding the texts alone); bounds in the tables below.\n\n")
        .append("| benchmark | work | Roundtable / |");
    StringBuilder rule = new StringBuilder("|---|---|---|");
    for (String corpus : corpora) {
      out.append(' ').append(corpus).append(" |");
      rule.append("--:|");
    }
    out.append('\n').append(rule).append('\n');
    rows.forEach((key, cells) -> {
      List<String> row = new ArrayList<>(List.of(key.split("\\|", 3)));
      for (String corpus : corpora) {
        row.add(cells.getOrDefault(corpus, ""));
      }
      out.append(SuiteReport.row(row.toArray(new String[0])));
    });
    return out.append('\n').toString();
  }

  private static Map<String, String> cells(Map<String, Map<String, String>> rows, String key) {
    return rows.computeIfAbsent(key, k -> new LinkedHashMap<>());
  }

  /** Parameters other than the corpus, and threads above one, as a suffix of the work. */
  private static String others(Measurement m) {
    Map<String, String> others = new TreeMap<>(m.params());
    others.remove(PARAM);
    StringBuilder out = new StringBuilder();
    others.forEach((k, v) -> out.append(' ').append(k).append('=').append(v));
    if (m.threads() > 1) {
      out.append(" threads=").append(m.threads());
    }
    return out.toString().replace("|", "/");
  }

  private static int rank(String corpus, List<String> seen) {
    int known = Corpus.NAMES.indexOf(corpus);
    return known >= 0 ? known : Corpus.NAMES.size() + seen.indexOf(corpus);
  }

  private static String cell(Ratio r) {
    return String.format(Locale.ROOT, "%.2f×", r.value());
  }
}
