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
 * (about 300 to 450 ns a date against 60 to 80 here: some 10% of an Atom feed of FeedBenchmark).
 * FeedDatesTest holds the digits to {@code java.time}'s formatters over generated instants.
 */
final class FeedDates {
  private static final String DAYS = "MonTueWedThuFriSatSun";
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

  private FeedDates() {}

  /** RFC 822 as RSS 2.0 uses it (four-digit year): {@code Thu, 07 May 2015 18:15:00 +0000}. */
  static String rfc822(Instant instant) {
    LocalDateTime t = utc(instant);
    char[] c = new char[31];
    int day = t.getDayOfWeek().ordinal() * 3;
    DAYS.getChars(day, day + 3, c, 0);
    ", ".getChars(0, 2, c, 3);
    digits(c, 5, t.getDayOfMonth(), 2);
    c[7] = ' ';
    MONTHS.getChars(t.getMonthValue() * 3 - 3, t.getMonthValue() * 3, c, 8);
    c[11] = ' ';
    digits(c, 12, t.getYear(), 4);
    c[16] = ' ';
    time(c, 17, t);
    " +0000".getChars(0, 6, c, 25);
    return new String(c);
  }

  /** RFC 3339 in UTC, as Atom and JSON Feed use it: {@code 2015-05-07T18:15:00Z}. */
  static String rfc3339(Instant instant) {
    LocalDateTime t = utc(instant);
    char[] c = new char[20];
    date(c, t);
    c[10] = 'T';
    time(c, 11, t);
    c[19] = 'Z';
    return new String(c);
  }

  /** The UTC day of the instant, {@code 2015-05-07}, as {@code tag:} URIs name it. */
  static String day(Instant instant) {
    char[] c = new char[10];
    date(c, utc(instant));
    return new String(c);
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
  }

  /** {@code yyyy-MM-dd} at the start of {@code c}. */
  private static void date(char[] c, LocalDateTime t) {
    digits(c, 0, t.getYear(), 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
  }

  /** {@code HH:mm:ss} at {@code c[at]}. */
  private static void time(char[] c, int at, LocalDateTime t) {
    digits(c, at, t.getHour(), 2);
    c[at + 2] = ':';
    digits(c, at + 3, t.getMinute(), 2);
    c[at + 5] = ':';
    digits(c, at + 6, t.getSecond(), 2);
  }

  /** Writes {@code n} in {@code width} decimal digits, zeros first, at {@code c[at]}. */
  private static void digits(char[] c, int at, int n, int width) {
    for (int i = at + width - 1; i >= at; i--, n /= 10) {
      c[i] = (char) ('0' + n % 10);
    }
  }
}
