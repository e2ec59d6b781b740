package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One million answers as RSS, streamed into a discarding stream by a JVM limited to a 64 MiB
 * heap (and 200,000 as Atom and as JSON Feed, each still several times the heap): the writers
 * hold one answer at a time, so the feed's size does not matter. Tagged {@code memory}; the
 * three runs take about 30 seconds together.
 */
@Tag("memory")
class ConstantMemoryTest {

  @ParameterizedTest(name = "{1} answers as {0}")
  @CsvSource({"rss, 1000000", "atom, 200000", "json, 200000"})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void streamsFeedsFarLargerThanA64MegabyteHeap(String format, int answers)
      throws IOException, InterruptedException {
    String output = SmallHeap.run("64m", MillionAnswers.class, Integer.toString(answers),
        format);
    assertThat(output).startsWith("answers=" + answers + " bytes=");
    long bytes = SmallHeap.bytes(output);
    assertThat(bytes).as("a feed far larger than the heap").isGreaterThan(3L * 64 * 1024 * 1024);
  }
}
