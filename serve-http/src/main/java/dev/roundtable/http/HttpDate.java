package dev.roundtable.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 §5.6.7): written as IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT},
 * the day always two digits, which {@link DateTimeFormatter#RFC_1123_DATE_TIME} does not give
 * for days below 10), read in all three formats a recipient must accept.
 */
public final class HttpDate {
  private static final DateTimeFormatter IMF_FIXDATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM uuuu HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC).withResolverStyle(ResolverStyle.STRICT);
  /** RFC 850, obsolete: {@code Sunday, 06-Nov-94 08:49:37 GMT}; the century is resolved below. */
  private static final DateTimeFormatter RFC_850 = new DateTimeFormatterBuilder()
      .appendPattern("EEEE, dd-MMM-")
      .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
      .appendPattern(" HH:mm:ss 'GMT'")
      .toFormatter(Locale.US).withResolverStyle(ResolverStyle.SMART);
  /** ANSI C's asctime(), obsolete: {@code Sun Nov  6 08:49:37 1994}. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss uuuu", Locale.US)
          .withResolverStyle(ResolverStyle.STRICT);

  private HttpDate() {}

  /**
   * Formats an instant as IMF-fixdate, dropping its fraction of a second.
   *
   * @param instant the instant, from year 1 to 9999
   * @return e.g. {@code Sat, 02 May 2015 14:00:00 GMT}
   */
  public static String format(Instant instant) {
    return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  /**
   * Reads an HTTP date in any of the three formats of RFC 9110 §5.6.7 (IMF-fixdate, RFC 850,
   * asctime). A two-digit RFC 850 year more than 50 years in the future of {@code now} is taken
   * as the most recent past year with those digits, as the RFC requires.
   *
   * @param value the field value, surrounding whitespace allowed
   * @param now the current time, for RFC 850's century
   * @return the instant, or empty when the value is not a valid HTTP date (a recipient ignores
   *     such a field)
   */
  public static Optional<Instant> parse(String value, Instant now) {
    String v = value.strip();
    try {
      return Optional.of(ZonedDateTime.parse(v, IMF_FIXDATE).toInstant());
    } catch (DateTimeParseException notImf) {
      // try the obsolete formats
    }
    try {
      LocalDateTime t = LocalDateTime.parse(v, RFC_850);
      Instant parsed = t.toInstant(ZoneOffset.UTC);
      Instant limit = now.atZone(ZoneOffset.UTC).plusYears(50).toInstant();
      while (parsed.isAfter(limit)) {
        t = t.minusYears(100);
        parsed = t.toInstant(ZoneOffset.UTC);
      }
      return Optional.of(parsed);
    } catch (DateTimeException notRfc850) {
      // try asctime
    }
    try {
      return Optional.of(LocalDateTime.parse(v, ASCTIME).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException notAsctime) {
      return Optional.empty();
    }
  }
}
