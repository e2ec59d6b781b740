package dev.roundtable.rss;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Dates as feeds write them, always in UTC and to the second (fractions are cut, so that the
 * three formats agree and RFC 822 can carry the same instant). The model keeps years in 0001 to
 * 9999, so years always have four digits.
 */
final class FeedDates {
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private FeedDates() {}

  /**
   * RFC 822 as RSS 2.0 uses it, with a four-digit year and a numeric zone:
   * {@code Thu, 07 May 2015 18:15:00 +0000}.
   */
  static String rfc822(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder s = new StringBuilder(31);
    s.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
    two(s, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
    four(s, t.getYear()).append(' ');
    time(s, t).append(" +0000");
    return s.toString();
  }

  /** RFC 3339 in UTC, as Atom and JSON Feed use it: {@code 2015-05-07T18:15:00Z}. */
  static String rfc3339(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder s = new StringBuilder(20);
    date(s, instant).append('T');
    return time(s, t).append('Z').toString();
  }

  /** The UTC date, {@code 2015-05-07}, appended to {@code s}. */
  static StringBuilder date(StringBuilder s, Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    four(s, t.getYear()).append('-');
    two(s, t.getMonthValue()).append('-');
    return two(s, t.getDayOfMonth());
  }

  private static StringBuilder time(StringBuilder s, LocalDateTime t) {
    two(s, t.getHour()).append(':');
    two(s, t.getMinute()).append(':');
    return two(s, t.getSecond());
  }

  private static StringBuilder two(StringBuilder s, int n) {
    return s.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  private static StringBuilder four(StringBuilder s, int n) {
    two(s, n / 100);
    return two(s, n % 100);
  }
}
