package dev.roundtable.html;

import dev.roundtable.text.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.Locale;

/**
 * The two texts of a {@code <time>} element, the one place that writes dates: the
 * {@code datetime} value, {@link DateTimeFormatter#ISO_INSTANT} cut to milliseconds (HTML allows
 * at most three digits of a second's fraction), and the human date of
 * {@link HtmlOptions#dateFormatter()}.
 *
 * <p>java.time defines both texts, but formatting each date with it took about a third of the
 * time of a question index (HtmlBenchmark). So years 0001 to 9999 and, for the human date, the
 * default pattern in a zone of fixed offset are written field by field, with the locale's month
 * names, AM/PM markers and zone name taken once from the formatter, escaped and encoded.
 * DatetimeTest and TimeTextTest hold this to java.time over generated instants, zones and every
 * locale; any other pattern, zone or year goes through the formatter.
 */
final class TimeText {
  private final DateTimeFormatter formatter;
  /** The month names, escaped, in UTF-8 (0 is January), or {@code null} without a fast path. */
  private final byte[][] months;
  private final byte[] am;
  private final byte[] pm;
  private final byte[] zoneName;
  private final int offsetSeconds;

  TimeText(String pattern, Locale locale, ZoneId zone) {
    this.formatter = DateTimeFormatter.ofPattern(pattern, locale).withZone(zone);
    ZoneRules rules = zone.getRules();
    boolean fast = pattern.equals(HtmlOptions.DEFAULT_DATE_PATTERN) && rules.isFixedOffset();
    this.months = fast ? new byte[12][] : null;
    for (int m = 0; fast && m < 12; m++) {
      months[m] = escaped("MMMM", locale, LocalDate.of(2000, m + 1, 1).atStartOfDay());
    }
    this.am = fast ? escaped("a", locale, LocalTime.of(1, 0).atDate(LocalDate.EPOCH)) : null;
    this.pm = fast ? escaped("a", locale, LocalTime.of(13, 0).atDate(LocalDate.EPOCH)) : null;
    this.zoneName = fast ? utf8(Context.HTML.escape(
        DateTimeFormatter.ofPattern("z", locale).withZone(zone).format(Instant.EPOCH))) : null;
    this.offsetSeconds = rules.getOffset(Instant.EPOCH).getTotalSeconds();
  }

  private static byte[] escaped(String pattern, Locale locale, LocalDateTime time) {
    return utf8(Context.HTML.escape(DateTimeFormatter.ofPattern(pattern, locale).format(time)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The formatter of human-readable dates: the pattern in the locale and zone. */
  DateTimeFormatter formatter() {
    return formatter;
  }

  /** The {@code datetime} value, as a string: for tests. */
  static String attribute(Instant instant) {
    byte[] b = attributeBytes(instant);
    return b != null ? new String(b, StandardCharsets.US_ASCII)
        : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
  }

  /** The {@code datetime} value in ASCII, or {@code null} where the formatter must write it. */
  private static byte[] attributeBytes(Instant instant) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
    if (t.getYear() < 1 || t.getYear() > 9999) {
      return null;
    }
    int millis = instant.getNano() / 1_000_000;
    byte[] b = new byte[millis == 0 ? 20 : 24];
    digits(b, 0, t.getYear(), 4, '-');
    digits(b, 5, t.getMonthValue(), 2, '-');
    digits(b, 8, t.getDayOfMonth(), 2, 'T');
    digits(b, 11, t.getHour(), 2, ':');
    digits(b, 14, t.getMinute(), 2, ':');
    digits(b, 17, t.getSecond(), 2, millis == 0 ? 'Z' : '.');
    if (millis != 0) {
      digits(b, 20, millis, 3, 'Z');
    }
    return b;
  }

  /** Writes a value (at least 0) in {@code width} digits from {@code at}, then {@code after}. */
  private static void digits(byte[] b, int at, int value, int width, char after) {
    for (int i = at + width - 1; i >= at; i--) {
      b[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    b[at + width] = (byte) after;
  }

  /**
   * The human date written field by field, escaped, in UTF-8 ("May 7, 2015, 6:15 PM UTC" with
   * the defaults), or {@code null} where the formatter must write it.
   */
  private byte[] fast(Instant instant) {
    long local = instant.getEpochSecond() + offsetSeconds;
    LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400L));
    if (months == null || date.getYear() < 1 || date.getYear() > 9999) {
      return null; // eras and signs: the formatter knows
    }
    int secondOfDay = (int) Math.floorMod(local, 86_400L);
    int hour = secondOfDay / 3600 % 12 == 0 ? 12 : secondOfDay / 3600 % 12;
    byte[] month = months[date.getMonthValue() - 1];
    byte[] marker = secondOfDay < 43_200 ? am : pm;
    byte[] b = new byte[month.length + 18 + marker.length + zoneName.length];
    System.arraycopy(month, 0, b, 0, month.length);
    int p = month.length;
    b[p++] = ' ';
    p = number(b, p, date.getDayOfMonth(), ',');
    b[p++] = ' ';
    digits(b, p, date.getYear(), 4, ',');
    p += 5;
    b[p++] = ' ';
    p = number(b, p, hour, ':');
    digits(b, p, secondOfDay / 60 % 60, 2, ' ');
    p += 3;
    System.arraycopy(marker, 0, b, p, marker.length);
    p += marker.length;
    b[p++] = ' ';
    System.arraycopy(zoneName, 0, b, p, zoneName.length);
    return Arrays.copyOf(b, p + zoneName.length);
  }

  /** Writes a number from 1 to 99 without padding, then {@code after}; returns the end. */
  private static int number(byte[] b, int at, int value, char after) {
    if (value >= 10) {
      b[at++] = (byte) ('0' + value / 10);
    }
    b[at++] = (byte) ('0' + value % 10);
    b[at++] = (byte) after;
    return at;
  }

  /** The human date as the page shows it, escaped as HTML text: for tests. */
  String human(Instant instant) {
    byte[] fast = fast(instant);
    return fast != null ? new String(fast, StandardCharsets.UTF_8)
        : Context.HTML.escape(formatter.format(instant));
  }

  /** Writes the element's texts, from {@code datetime="} on: the value, then the human date. */
  void write(Instant instant, String itemprop, Markup m) throws IOException {
    byte[] value = attributeBytes(instant);
    m.raw(" datetime=\"");
    if (value != null) {
      m.raw(value);
    } else {
      m.raw(attribute(instant));
    }
    m.raw('"').itemprop(itemprop != null, itemprop).close();
    byte[] fast = fast(instant);
    if (fast != null) {
      m.raw(fast);
    } else {
      m.text(formatter.format(instant));
    }
  }
}
