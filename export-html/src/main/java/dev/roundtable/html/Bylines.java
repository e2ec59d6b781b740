package dev.roundtable.html;

import dev.roundtable.model.Byline;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The pieces that answers, related links and indexes share: bylines and dates. */
final class Bylines {
  private static final String PERSON = "https://schema.org/Person";

  private Bylines() {}

  /**
   * Writes a byline's content: the name, linked to the contributor's page when known, then the
   * credentials. With microdata on, the name and credentials become the author's properties.
   */
  static void byline(Contributor contributor, Markup m, boolean microdata) throws IOException {
    Byline byline = contributor.byline();
    Url url = contributor.url().orElse(null);
    if (url != null) {
      m.start(Kind.AUTHOR_LINK).attr("href", url.toString()).itemprop(microdata, "url")
          .linkAttributes(true).close();
    } else {
      m.start(Kind.AUTHOR).close();
    }
    if (microdata) {
      m.raw("<span itemprop=\"name\">").text(byline.name()).raw("</span>");
    } else {
      m.text(byline.name());
    }
    m.raw(url != null ? "</a>" : "</span>");
    String credentials = byline.credentials().orElse(null);
    if (credentials != null) {
      m.raw(", ").start(Kind.CREDENTIALS).itemprop(microdata, "jobTitle").close()
          .text(credentials).raw("</span>");
    }
  }

  /** Writes {@code <p class="rt-byline">} with the byline; an author item with microdata. */
  static void bylineParagraph(Contributor contributor, Markup m, boolean microdata)
      throws IOException {
    m.start(Kind.BYLINE).itemprop(microdata, "author").itemscope(microdata, PERSON).close();
    byline(contributor, m, microdata);
    m.raw("</p>\n");
  }

  /**
   * Writes {@code <time datetime="...">} with the human date, of a kind (published ...), with an
   * {@code itemprop} when {@code itemprop} is not {@code null}.
   */
  static void time(Instant instant, Kind kind, String itemprop, Markup m) throws IOException {
    m.start(kind).raw(" datetime=\"");
    datetime(instant, m);
    m.raw('"').itemprop(itemprop != null, itemprop).close();
    m.options.humanDates().write(instant, m);
    m.raw("</time>");
  }

  /** The {@code datetime} value of {@link #datetime(Instant, Markup)}, as a string. */
  static String datetime(Instant instant) {
    return new Fragment(HtmlOptions.defaults(), 32, m -> datetime(instant, m)).toString();
  }

  /**
   * Writes the {@code datetime} value: UTC, ISO 8601 as {@link DateTimeFormatter#ISO_INSTANT}
   * writes it, cut to milliseconds (HTML allows at most three digits of a second's fraction).
   * Written digit by digit, several times faster than the formatter; the model keeps years
   * within 0001&ndash;9999.
   */
  static void datetime(Instant instant, Markup m) throws IOException {
    long seconds = instant.getEpochSecond();
    int millis = instant.getNano() / 1_000_000;
    LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    int year = t.getYear();
    if (year < 1 || year > 9999) {
      m.raw(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)));
      return;
    }
    m.digits(year, 4).raw('-').digits(t.getMonthValue(), 2).raw('-')
        .digits(t.getDayOfMonth(), 2).raw('T').digits(t.getHour(), 2).raw(':')
        .digits(t.getMinute(), 2).raw(':').digits(t.getSecond(), 2);
    if (millis != 0) {
      m.raw('.').digits(millis, 3);
    }
    m.raw('Z');
  }

  /**
   * Writes {@code <p class="rt-dateline">} with the publication date and, when the answer was
   * updated later, the date of the update.
   */
  static void dateline(Instant published, Instant updated, Markup m, boolean microdata)
      throws IOException {
    m.start(Kind.DATELINE).close();
    time(published, Kind.PUBLISHED, microdata ? "datePublished" : null, m);
    if (updated != null && !updated.equals(published)) {
      m.raw(" ").start(Kind.UPDATED).close().text(m.options.labels().updated()).raw(" ");
      time(updated, Kind.UPDATED_TIME, microdata ? "dateModified" : null, m);
      m.raw("</span>");
    }
    m.raw("</p>\n");
  }
}
