package dev.roundtable.rss;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Dates as feeds write them: always in UTC and to the second (fractions are cut, so that the
 * three formats agree and RFC 822 can carry the same instant). The model keeps years in 0001 to
 * 9999, so years always have four digits.
 *
 * <p>{@code java.time} works out the calendar fields; they are written here digit by digit,
 * the one fast path, because a {@code DateTimeFormatter} was a measurable share of a feed's work
 * (13% of the CPU samples of FeedBenchmark's feeds). FeedDatesTest holds the digits to
 * {@code java.time}'s formatters over generated instants.
 */
final class FeedDates {
  private static final String DAYS = "MonTueWedThuFriSatSun";
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private FeedDates() {}

  /**
   * RFC 822 as RSS 2.0 uses it, with a four-digit year and a numeric zone:
   * {@code Thu, 07 May 2015 18:15:00 +0000}.
   */
  static String rfc822(Instant instant) {
    LocalDateTime t = utc(instant);
    int day = t.getDayOfWeek().ordinal() * 3;
    int month = t.getMonthValue() * 3 - 3;
    StringBuilder s = new StringBuilder(31).append(DAYS, day, day + 3).append(", ");
    digits(s, t.getDayOfMonth(), 2).append(' ').append(MONTHS, month, month + 3).append(' ');
    digits(s, t.getYear(), 4).append(' ');
    return time(s, t).append(" +0000").toString();
  }

  /** RFC 3339 in UTC, as Atom and JSON Feed use it: {@code 2015-05-07T18:15:00Z}. */
  static String rfc3339(Instant instant) {
    LocalDateTime t = utc(instant);
    return time(date(new StringBuilder(20), t).append('T'), t).append('Z').toString();
  }

  /** The UTC day of the instant, {@code 2015-05-07}, as {@code tag:} URIs name it. */
  static String day(Instant instant) {
    return date(new StringBuilder(10), utc(instant)).toString();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
  }

  private static StringBuilder date(StringBuilder s, LocalDateTime t) {
    digits(s, t.getYear(), 4).append('-');
    digits(s, t.getMonthValue(), 2).append('-');
    return digits(s, t.getDayOfMonth(), 2);
  }

  private static StringBuilder time(StringBuilder s, LocalDateTime t) {
    digits(s, t.getHour(), 2).append(':');
    digits(s, t.getMinute(), 2).append(':');
    return digits(s, t.getSecond(), 2);
  }

  /** Appends {@code n} in {@code width} decimal digits, zeros first. */
  private static StringBuilder digits(StringBuilder s, int n, int width) {
    for (int unit = width == 4 ? 1000 : 10; unit > 0; unit /= 10) {
      s.append((char) ('0' + n / unit % 10));
    }
    return s;
  }
}
