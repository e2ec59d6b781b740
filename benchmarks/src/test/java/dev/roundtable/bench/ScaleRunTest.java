package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleRunTest {

  @Test
  void readsTheResultLineAndKeepsExtraFields() {
    ScaleRun run = ScaleRun.parse("RSS",
        "answers=1000 seconds=0.250 answers_per_s=4000 peak_heap_mb=12.5 model_heap_mb=3.0")
        .orElseThrow();

    assertThat(run.answers()).isEqualTo(1000);
    assertThat(run.seconds()).isEqualTo(0.25);
    assertThat(run.answersPerSecond()).isEqualTo(4000);
    assertThat(run.peakHeapMb()).isEqualTo(12.5);
    assertThat(run.extra()).containsEntry("model_heap_mb", "3.0").hasSize(1);
  }

  @Test
  void rejectsLinesThatAreNotResults() {
    assertThat(ScaleRun.parse("RSS", "Warming up, answers=1000")).isEmpty();
    assertThat(ScaleRun.parse("RSS", "answers=1000 seconds=0.25")).isEmpty();
    assertThat(ScaleRun.parse("RSS", "answers=x seconds=1 answers_per_s=1 peak_heap_mb=1"))
        .isEmpty();
  }

  @Test
  void printsALineItCanReadBack() {
    ScaleRun run = ScaleRun.parse("JSON", ScaleRun.line(2000, 0.5, 7.25)).orElseThrow();

    assertThat(run.answers()).isEqualTo(2000);
    assertThat(run.answersPerSecond()).isEqualTo(4000);
    assertThat(run.peakHeapMb()).isEqualTo(7.3);
  }
}
