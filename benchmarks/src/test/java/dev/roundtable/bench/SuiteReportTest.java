package dev.roundtable.bench;

import static dev.roundtable.bench.PairingTest.m;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuiteReportTest {

  @Test
  void printsOneTablePerBenchmarkClassWithRatioAndAllocation() {
    String text = SuiteReport.tables(List.of(
        m("FeedBenchmark", "roundtableWriteRss1000", 2000),
        m("FeedBenchmark", "romeWriteRss1000", 1000),
        m("JsonBenchmark", "roundtableRead", 50),
        m("JsonBenchmark", "databindRead", 100)));

    assertThat(text).contains("### FeedBenchmark", "### JsonBenchmark")
        .contains("| WriteRss1000 |   | 2,000 ± 200 ops/s | rome | 1,000 ± 100 ops/s"
            + " | 2.00× [1.64–2.44] |   |   | 500 µs | 2.00× [1.64–2.44] |   | 100 | 100 |")
        .contains("| Read |   | 50.0 ± 5.00 ops/s | databind | 100 ± 10.0 ops/s | 0.50×")
        .contains("| 20.0 ms | 0.50× [0.41–0.61] |");
  }

  @Test
  void listsThreadScalingAndWhatWasComparedWithNothing() {
    String text = SuiteReport.tables(List.of(
        m("ConcurrencyBenchmark", "roundtableWriteJsonThreads1", Map.of(), 1, 100),
        m("ConcurrencyBenchmark", "roundtableWriteJsonThreads2", Map.of(), 2, 200),
        m("HtmlBenchmark", "roundtableLonely", 1)));

    assertThat(text).contains("### Thread scaling")
        .contains("| ConcurrencyBenchmark | roundtableWriteJson |   | 100 ± 10.0 ops/s | 2 |"
            + " 200 ± 20.0 ops/s | 2.00× [1.64–2.44] |")
        .contains("- `HtmlBenchmark.roundtableLonely`: 1.00 ± 0.100 ops/s");
  }

  @Test
  void escapesPipesInCells() {
    String text = SuiteReport.tables(List.of(
        m("B", "roundtableX", Map.of("sep", "|"), 1, 1), m("B", "otherX", Map.of("sep", "|"),
            1, 1)));

    assertThat(text).contains("sep=\\|");
  }

  @Test
  void showsTheFloorBesideThePeerAndAWorkWithoutPeer() {
    Map<String, String> cjk = Map.of("corpus", "cjk");
    String text = SuiteReport.tables(List.of(
        m("FeedBenchmark", "roundtableWriteRss", cjk, 1, 300),
        m("FeedBenchmark", "romeWriteRss", cjk, 1, 100),
        m("FeedBenchmark", "floorWriteRss", cjk, 1, 600),
        m("FeedBenchmark", "roundtableWriteJsonFeed", cjk, 1, 400),
        m("FeedBenchmark", "floorWriteJsonFeed", cjk, 1, 500)));

    assertThat(text)
        .contains("| WriteRss | corpus=cjk | 300 ± 30.0 ops/s | rome | 100 ± 10.0 ops/s"
            + " | 3.00× [2.45–3.67] | 600 ± 60.0 ops/s | 0.50× [0.41–0.61] | 3.33 ms"
            + " | 3.00× [2.45–3.67] | 0.50× [0.41–0.61] | 100 | 100 |")
        .contains("| WriteJsonFeed | corpus=cjk | 400 ± 40.0 ops/s | (none) |   |   |"
            + " 500 ± 50.0 ops/s | 0.80× [0.65–0.98] | 2.50 ms |   | 0.80× [0.65–0.98] | 100 |   |")
        .doesNotContain("Measured but compared with nothing");
  }

  @Test
  void tabulatesEveryRatioByCorpusInTheCorporasOrder() {
    String text = SuiteReport.tables(List.of(
        m("EscapeBenchmark", "roundtableEscape", Map.of("corpus", "cjk"), 1, 30),
        m("EscapeBenchmark", "commonsTextEscape", Map.of("corpus", "cjk"), 1, 3),
        m("EscapeBenchmark", "floorEscape", Map.of("corpus", "cjk"), 1, 40),
        m("EscapeBenchmark", "roundtableEscape", Map.of("corpus", "copies"), 1, 50),
        m("EscapeBenchmark", "commonsTextEscape", Map.of("corpus", "copies"), 1, 4),
        m("EscapeBenchmark", "floorEscape", Map.of("corpus", "copies"), 1, 100),
        m("ConcurrencyBenchmark", "roundtableWriteJsonThreads1", Map.of(), 1, 100)));

    assertThat(text).startsWith("### Ratios by corpus")
        .contains("| benchmark | work | Roundtable / | copies | cjk |\n")
        .contains("| EscapeBenchmark | Escape | commonsText | 12.50× | 10.00× |\n")
        .contains("| EscapeBenchmark | Escape | floor | 0.50× | 0.75× |\n");
  }

  @Test
  void theCpuTableDividesCpuTimesWhereTheOtherDividesThroughputs() {
    Map<String, String> latin = Map.of("corpus", "latin");
    String text = SuiteReport.tables(List.of(
        new Measurement("FeedBenchmark", "roundtableWriteRss", latin, 1, 10, 1, "ops/s", 1,
            40e6, 4e6),
        new Measurement("FeedBenchmark", "romeWriteRss", latin, 1, 5, 1, "ops/s", 1, 400e6,
            40e6),
        new Measurement("FeedBenchmark", "floorWriteRss", latin, 1, 40, 1, "ops/s", 1, 20e6,
            2e6)));

    String cpu = text.substring(0, text.indexOf("### Ratios by corpus, by throughput"));
    String throughput = text.substring(cpu.length(), text.indexOf("### FeedBenchmark"));
    assertThat(cpu).startsWith("### Ratios by corpus, by CPU time per operation")
        .contains("| FeedBenchmark | WriteRss | rome | 10.00× |\n")
        .contains("| FeedBenchmark | WriteRss | floor | 0.50× |\n");
    assertThat(throughput)
        .contains("| FeedBenchmark | WriteRss | rome | 2.00× |\n")
        .contains("| FeedBenchmark | WriteRss | floor | 0.25× |\n");
  }
}
