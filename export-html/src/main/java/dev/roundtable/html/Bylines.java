package dev.roundtable.html;

import dev.roundtable.model.Byline;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.time.Instant;

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

  /** Writes {@code <time datetime="...">} with the human date; {@code itemprop} may be null. */
  private static void time(Instant instant, Kind kind, String itemprop, Markup m)
      throws IOException {
    m.start(kind);
    m.options.timeText().write(instant, itemprop, m);
    m.raw("</time>");
  }

  /** Writes {@code <p class="rt-dateline">}: the date published and, if updated, the update's. */
  static void dateline(Instant published, Instant updated, Markup m, boolean microdata)
      throws IOException {
    m.start(Kind.DATELINE).close();
    time(published, Kind.PUBLISHED, microdata ? "datePublished" : null, m);
    if (updated != null && !updated.equals(published)) {
      m.raw(' ').start(Kind.UPDATED).close().text(m.options.labels().updated()).raw(' ');
      time(updated, Kind.UPDATED_TIME, microdata ? "dateModified" : null, m);
      m.raw("</span>");
    }
    m.raw("</p>\n");
  }
}
