package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import dev.roundtable.text.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Human-readable dates written field by field are exactly what the configured
 * {@link DateTimeFormatter} writes, escaped: generated instants (the model's years and
 * beyond), zones of fixed offset and with daylight saving time, every available locale, the
 * default pattern and others.
 */
class TimeTextTest {
  private static final long FIRST = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
  private static final Locale[] LOCALES = Locale.getAvailableLocales();
  private static final String[] ZONES = {
    "UTC", "Z", "GMT", "Etc/GMT+5", "Etc/GMT-14", "+05:30", "-09:30", "+00:00:17", "-03:12:45",
    "UT", "UTC+01:00", "Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata",
  };
  private static final String[] PATTERNS = {
    HtmlOptions.DEFAULT_DATE_PATTERN, "yyyy-MM-dd HH:mm", "d MMMM uuuu, HH:mm:ss zzzz",
  };

  static Stream<Long> seeds() {
    return RandomModels.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesWhatTheFormatterWrites(long seed) {
    RandomModels models = new RandomModels(seed);
    Random random = models.random();
    Locale locale = LOCALES[random.nextInt(LOCALES.length)];
    ZoneId zone = ZoneId.of(ZONES[random.nextInt(ZONES.length)]);
    String pattern = random.nextInt(4) == 0
        ? PATTERNS[random.nextInt(PATTERNS.length)] : HtmlOptions.DEFAULT_DATE_PATTERN;
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, locale).withZone(zone);
    TimeText dates = new TimeText(pattern, locale, zone);
    for (int i = 0; i < 50; i++) {
      Instant instant;
      if (i % 5 == 0) { // years far beyond the model's, before the common era too
        instant = Instant.ofEpochSecond(
            random.nextLong() % 400_000_000_000L, random.nextInt(1 << 29));
      } else if (i % 5 == 1) { // any of the model's years, 0001 to 9999
        instant = Instant.ofEpochSecond(FIRST + (long) (random.nextDouble() * (LAST - FIRST)));
      } else {
        instant = models.instant();
      }
      assertThat(dates.human(instant))
          .as("seed %d: %s in %s, %s, %s", seed, instant, zone, locale.toLanguageTag(), pattern)
          .isEqualTo(Context.HTML.escape(formatter.format(instant)));
    }
  }

  @Test
  void writesTheDefaultDateOfTheExample() {
    TimeText dates = HtmlOptions.defaults().timeText();

    assertThat(dates.human(Instant.parse("2015-05-07T18:15:00Z")))
        .isEqualTo("May 7, 2015, 6:15 PM UTC");
    assertThat(dates.human(Instant.parse("0001-01-01T00:00:59.999Z")))
        .isEqualTo("January 1, 0001, 12:00 AM UTC");
    assertThat(dates.human(Instant.parse("9999-12-31T12:09:00Z")))
        .isEqualTo("December 31, 9999, 12:09 PM UTC");
  }

  @Test
  void writesEveryMinuteOfADayAsTheFormatterDoes() {
    ZoneId zone = ZoneOffset.ofHoursMinutes(-3, -30);
    DateTimeFormatter formatter = DateTimeFormatter
        .ofPattern(HtmlOptions.DEFAULT_DATE_PATTERN, Locale.GERMANY).withZone(zone);
    TimeText dates = new TimeText(HtmlOptions.DEFAULT_DATE_PATTERN, Locale.GERMANY, zone);
    Instant start = Instant.parse("1999-12-31T00:00:30Z");
    for (int minute = 0; minute < 24 * 60 + 10; minute++) {
      Instant instant = start.plusSeconds(60L * minute);
      assertThat(dates.human(instant)).as("%s", instant)
          .isEqualTo(Context.HTML.escape(formatter.format(instant)));
    }
  }

  @Test
  void writesEveryMonthMorningAndAfternoonInEveryLocaleAsTheFormatterDoes() {
    ZoneId zone = ZoneId.of("UTC");
    for (Locale locale : LOCALES) {
      DateTimeFormatter formatter = DateTimeFormatter
          .ofPattern(HtmlOptions.DEFAULT_DATE_PATTERN, locale).withZone(zone);
      TimeText dates = new TimeText(HtmlOptions.DEFAULT_DATE_PATTERN, locale, zone);
      for (int month = 1; month <= 12; month++) {
        for (int hour : new int[] {0, 11, 12, 23}) {
          Instant instant = Instant.parse(String.format("2024-%02d-09T%02d:05:00Z", month, hour));
          assertThat(dates.human(instant)).as("%s in %s", instant, locale.toLanguageTag())
              .isEqualTo(Context.HTML.escape(formatter.format(instant)));
        }
      }
    }
  }
}
