package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feed dates are written digit by digit from {@code java.time}'s calendar fields; its
 * formatters are the reference they must agree with, for every instant the model allows (years
 * 0001 to 9999).
 */
class FeedDatesTest {
  private static final DateTimeFormatter RFC_822 = DateTimeFormatter
      .ofPattern("EEE, dd MMM uuuu HH:mm:ss '+0000'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter RFC_3339 = DateTimeFormatter
      .ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final long FIRST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

  static Stream<Long> seeds() {
    return RandomModels.seeds(20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void agreesWithJavaTimeOnEveryInstantOfTheModelsRange(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      Instant instant = Instant.ofEpochSecond(FIRST + (long) (random.nextDouble() * (LAST - FIRST)),
          random.nextInt(1_000_000_000));
      String why = "seed " + seed + ", " + instant;
      assertThat(FeedDates.rfc822(instant)).as(why).isEqualTo(RFC_822.format(instant));
      assertThat(FeedDates.rfc3339(instant)).as(why).isEqualTo(RFC_3339.format(instant));
      assertThat(FeedDates.day(instant)).as(why)
          .isEqualTo(RFC_3339.format(instant).substring(0, 10));
    }
  }

  @Test
  void writesTheEdgesOfTheCalendar() {
    assertThat(FeedDates.rfc822(Instant.parse("0001-01-01T00:00:00Z")))
        .isEqualTo("Mon, 01 Jan 0001 00:00:00 +0000");
    assertThat(FeedDates.rfc822(Instant.parse("9999-12-31T23:59:59.999Z")))
        .isEqualTo("Fri, 31 Dec 9999 23:59:59 +0000");
    assertThat(FeedDates.rfc3339(Instant.parse("2000-02-29T12:00:00Z")))
        .isEqualTo("2000-02-29T12:00:00Z");
    assertThat(FeedDates.rfc3339(Instant.parse("1969-12-31T23:59:59Z")))
        .isEqualTo("1969-12-31T23:59:59Z");
  }
}
