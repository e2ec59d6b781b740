package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The last page and the last archive of 300,000 generated answers (far more than
 * the heap if held), pages of 1000, written by a JVM limited to a 32 MiB heap: the answers before the page
 * are pulled and dropped one by one, an archive holds its own page only. Buffering the stream,
 * or more than a few pages of it, runs out of memory. Tagged {@code memory}.
 */
@Tag("memory")
class PagedMemoryTest {

  @ParameterizedTest(name = "the last {1} of 300000 answers as {0}")
  @CsvSource({"rss, page", "atom, archive", "json, page"})
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void writesTheLastPageOfAStreamFarLargerThanTheHeap(String format, String kind)
      throws IOException, InterruptedException {
    String output = SmallHeap.run("32m", MillionPages.class, "300000", kind, format);
    assertThat(output).startsWith("answers=300000 bytes=");
    long bytes = SmallHeap.bytes(output);
    assertThat(bytes).as("a page of 1000 answers").isBetween(1000L * 500, 1000L * 5000);
  }
}
