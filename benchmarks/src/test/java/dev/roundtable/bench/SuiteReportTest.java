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
            + " | 2.00× [1.64–2.44] | 100 | 100 |")
        .contains("| Read |   | 50.0 ± 5.00 ops/s | databind | 100 ± 10.0 ops/s | 0.50×");
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
}
