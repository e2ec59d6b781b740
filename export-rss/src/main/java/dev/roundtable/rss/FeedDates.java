package dev.roundtable.rss;

import java.time.Instant;

/**
 * Dates as feeds write them, always in UTC and to the second (fractions are cut, so that the
 * three formats agree and RFC 822 can carry the same instant). The model keeps years in 0001 to
 * 9999, so years always have four digits. The calendar fields come from the epoch day by
 * arithmetic (the proleptic Gregorian calendar, as {@code java.time} uses), so writing a date
 * allocates nothing.
 */
final class FeedDates {
  /** Length of an RFC 822 date: {@code Thu, 07 May 2015 18:15:00 +0000}. */
  static final int RFC_822_LENGTH = 31;
  /** Length of an RFC 3339 date: {@code 2015-05-07T18:15:00Z}. */
  static final int RFC_3339_LENGTH = 20;

  private static final String DAYS = "MonTueWedThuFriSatSun";
  private static final String MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";
  private static final int SECONDS_PER_DAY = 86_400;

  private FeedDates() {}

  /**
   * RFC 822 as RSS 2.0 uses it, with a four-digit year and a numeric zone:
   * {@code Thu, 07 May 2015 18:15:00 +0000}.
   */
  static String rfc822(Instant instant) {
    char[] out = new char[RFC_822_LENGTH];
    rfc822(instant, out);
    return new String(out);
  }

  /** Writes the RFC 822 date into {@code out[0, RFC_822_LENGTH)}. */
  static void rfc822(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    long days = Math.floorDiv(seconds, SECONDS_PER_DAY);
    int dayOfWeek = Math.floorMod(days + 3, 7); // 1970-01-01 was a Thursday; 0 is Monday
    DAYS.getChars(dayOfWeek * 3, dayOfWeek * 3 + 3, out, 0);
    out[3] = ',';
    out[4] = ' ';
    long date = civil(days);
    int month = (int) (date >> 8 & 0xFF);
    two(out, 5, (int) (date & 0xFF));
    out[7] = ' ';
    MONTHS.getChars(month * 3 - 3, month * 3, out, 8);
    out[11] = ' ';
    four(out, 12, (int) (date >> 16));
    out[16] = ' ';
    time(out, 17, Math.floorMod(seconds, SECONDS_PER_DAY));
    " +0000".getChars(0, 6, out, 25);
  }

  /** RFC 3339 in UTC, as Atom and JSON Feed use it: {@code 2015-05-07T18:15:00Z}. */
  static String rfc3339(Instant instant) {
    char[] out = new char[RFC_3339_LENGTH];
    rfc3339(instant, out);
    return new String(out);
  }

  /** Writes the RFC 3339 date into {@code out[0, RFC_3339_LENGTH)}. */
  static void rfc3339(Instant instant, char[] out) {
    long seconds = instant.getEpochSecond();
    date(out, Math.floorDiv(seconds, SECONDS_PER_DAY));
    out[10] = 'T';
    time(out, 11, Math.floorMod(seconds, SECONDS_PER_DAY));
    out[19] = 'Z';
  }

  /** The UTC date, {@code 2015-05-07}, appended to {@code s}. */
  static StringBuilder date(StringBuilder s, Instant instant) {
    char[] out = new char[10];
    date(out, Math.floorDiv(instant.getEpochSecond(), SECONDS_PER_DAY));
    return s.append(out);
  }

  private static void date(char[] out, long days) {
    long date = civil(days);
    four(out, 0, (int) (date >> 16));
    out[4] = '-';
    two(out, 5, (int) (date >> 8 & 0xFF));
    out[7] = '-';
    two(out, 8, (int) (date & 0xFF));
  }

  /**
   * The year, month and day of an epoch day, packed as {@code year << 16 | month << 8 | day}
   * (Howard Hinnant's {@code civil_from_days}).
   */
  private static long civil(long epochDay) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    long dayOfEra = z - era * 146_097;
    long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    long shiftedMonth = (5 * dayOfYear + 2) / 153; // 0 is March
    long day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    long month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return year << 16 | month << 8 | day;
  }

  /** {@code HH:mm:ss} of a second of the day at {@code at}. */
  private static void time(char[] out, int at, int secondOfDay) {
    two(out, at, secondOfDay / 3600);
    out[at + 2] = ':';
    two(out, at + 3, secondOfDay / 60 % 60);
    out[at + 5] = ':';
    two(out, at + 6, secondOfDay % 60);
  }

  private static void two(char[] out, int at, int n) {
    out[at] = (char) ('0' + n / 10);
    out[at + 1] = (char) ('0' + n % 10);
  }

  private static void four(char[] out, int at, int n) {
    two(out, at, n / 100);
    two(out, at + 2, n % 100);
  }
}
