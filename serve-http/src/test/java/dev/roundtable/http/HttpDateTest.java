package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HttpDateTest {
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

  // RFC 9110 §5.6.7: IMF-fixdate has a two-digit day; RFC_1123_DATE_TIME writes "2 May"
  @Test
  void a_day_below_ten_has_two_digits_unlike_rfc_1123_date_time() {
    Instant may2 = Instant.parse("2015-05-02T14:00:00.999Z");
    assertThat(HttpDate.format(may2)).isEqualTo("Sat, 02 May 2015 14:00:00 GMT");
    assertThat(DateTimeFormatter.RFC_1123_DATE_TIME.format(may2.atOffset(ZoneOffset.UTC)))
        .isEqualTo("Sat, 2 May 2015 14:00:00 GMT");
  }

  // RFC 9110 §5.6.7's own example, in its three formats
  @Test
  void the_three_formats_of_the_rfc_example_read_as_one_instant() {
    Instant expected = Instant.parse("1994-11-06T08:49:37Z");
    assertThat(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 GMT", NOW)).contains(expected);
    assertThat(HttpDate.parse("Sunday, 06-Nov-94 08:49:37 GMT", NOW)).contains(expected);
    assertThat(HttpDate.parse("Sun Nov  6 08:49:37 1994", NOW)).contains(expected);
  }

  // §5.6.7: a two-digit year more than 50 years in the future is in the past century
  @Test
  void an_rfc_850_year_is_never_more_than_fifty_years_ahead() {
    assertThat(HttpDate.parse("Tuesday, 01-Jan-80 00:00:00 GMT", NOW))
        .contains(Instant.parse("1980-01-01T00:00:00Z"));
    assertThat(HttpDate.parse("Tuesday, 01-Jan-69 00:00:00 GMT", NOW))
        .contains(Instant.parse("2069-01-01T00:00:00Z"));
  }

  @Test
  void invalid_dates_read_as_empty() {
    assertThat(HttpDate.parse("", NOW)).isEmpty();
    assertThat(HttpDate.parse("Sun, 06 Nov 1994 08:49:37 UTC", NOW)).isEmpty();
    assertThat(HttpDate.parse("Mon, 06 Nov 1994 08:49:37 GMT", NOW)).isEmpty(); // wrong weekday
    assertThat(HttpDate.parse("Sun, 31 Nov 1994 08:49:37 GMT", NOW)).isEmpty();
  }

  @Test
  void formatted_dates_read_back_to_the_second() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int i = 0; i < 2000; i++) {
      Instant t = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 100_000_000_000L));
      String formatted = HttpDate.format(t);
      assertThat(formatted).as("seed %d", seed).matches("[A-Z][a-z]{2}, \\d\\d [A-Z][a-z]{2} \\d{4} \\d\\d:\\d\\d:\\d\\d GMT");
      assertThat(HttpDate.parse(formatted, NOW)).as("seed %d: %s", seed, formatted).contains(t);
    }
  }
}
