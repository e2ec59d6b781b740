package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.AspectRatio;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Crop;
import dev.roundtable.model.FediverseHandle;
import dev.roundtable.model.Image;
import dev.roundtable.model.Publisher;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.model.Url;
import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Writes what goes in the {@code <head>} of an answer's page or a question's page: the title,
 * the description, the canonical link, Open Graph ({@code property="og:..."} and
 * {@code article:...}), Twitter ({@code name="twitter:..."}), {@code fediverse:creator}, the
 * feeds of the options and the JSON-LD, one element a line. A tag whose value is absent is left
 * out; every value goes through {@link Markup#attr}, escaped for a double-quoted attribute.
 */
final class HeadWriter {
  /** Between the page's own title and the series' name, as the cli's page has it. */
  static final String TITLE_SEPARATOR = " · ";

  private HeadWriter() {}

  static void answerPage(Question question, Answer answer, Markup m) throws IOException {
    Contributor contributor = answer.contributor();
    new Page(answer.headline(), question.series().orElse(null),
        answer.standfirst(m.options.standfirstLength()), answer.url().orElse(null),
        answer.image().map(Picture::of).orElse(null), answer.publishedAt(),
        answer.updatedAt().orElse(null), contributor.url().stream().toList(), answer.topics(),
        contributor.fediverse().stream().toList()).write(m);
    if (m.options.structuredData().isPresent()) {
      JsonLdScript.answerPage(question, answer, m);
    }
  }

  /**
   * The question's page: described by the question itself (a series' description is the same
   * on every page of the series), published when it was asked (else with its first answer),
   * modified when its newest answer last was, pictured by the newest answer that has an image,
   * its authors and creators every contributor's, each once, in publication order.
   */
  static void questionPage(Question question, Markup m) throws IOException {
    Set<Url> authors = new LinkedHashSet<>();
    Set<FediverseHandle> creators = new LinkedHashSet<>();
    Instant published = question.askedAt().orElse(null);
    Instant modified = null;
    Answer pictured = null;
    for (Answer answer : question.answers()) {
      if (answer.image().isPresent()
          && (pictured == null || answer.publishedAt().isAfter(pictured.publishedAt()))) {
        pictured = answer;
      }
      answer.contributor().url().ifPresent(authors::add);
      answer.contributor().fediverse().ifPresent(creators::add);
      published = published == null ? answer.publishedAt() : published;
      Instant changed = answer.lastModified();
      modified = modified == null || changed.isAfter(modified) ? changed : modified;
    }
    new Page(question.text(), question.series().orElse(null), question.text(),
        question.url().orElse(null), pictured == null ? null : Picture.of(pictured.image().get()),
        published, modified, authors, question.topics(),
        creators).write(m);
    if (m.options.structuredData().isPresent()) {
      JsonLdScript.questionPage(question, m);
    }
  }

  /** Writes a {@code <link rel="alternate">} for each feed of the options. */
  static void feedLinks(Markup m) throws IOException {
    for (FeedLink feed : m.options.feeds()) {
      m.start("link").rawAttr("rel", "alternate").attr("type", feed.mediaType());
      if (!feed.title().isEmpty()) {
        m.attr("title", feed.title());
      }
      m.attr("href", feed.href()).close().raw('\n');
    }
  }

  /**
   * What the head says of a page.
   *
   * @param headline the page's own title, without the series: {@code og:title}
   * @param series the series, or {@code null}
   * @param url the page's address, or {@code null}
   * @param picture what cards show, or {@code null}
   * @param published when the page was first published, or {@code null}
   * @param modified when it last changed, or {@code null}; left out unless after
   *     {@code published}
   * @param authors the contributors' profile pages
   * @param tags the topics
   * @param creators the contributors' fediverse handles
   */
  private record Page(String headline, Series series, String description, Url url,
      Picture picture, Instant published, Instant modified, Collection<Url> authors,
      List<String> tags, Collection<FediverseHandle> creators) {

    void write(Markup m) throws IOException {
      String section = series == null ? null : series.name();
      m.raw("<title>").text(section == null ? headline : headline + TITLE_SEPARATOR + section)
          .raw("</title>\n");
      meta("name", "description", description, m);
      if (url != null) {
        m.start("link").rawAttr("rel", "canonical").attr("href", url.toString()).close()
            .raw('\n');
      }
      openGraph(section, m);
      meta("name", "twitter:card", picture == null ? "summary" : "summary_large_image", m);
      meta("name", "twitter:title", headline, m);
      meta("name", "twitter:description", description, m);
      if (picture != null) {
        meta("name", "twitter:image", picture.url().toString(), m);
        meta("name", "twitter:image:alt", picture.alt(), m);
      }
      for (FediverseHandle creator : creators) {
        meta("name", "fediverse:creator", creator.toString(), m);
      }
      feedLinks(m);
    }

    /** The Open Graph tags, {@code article:} ones included. */
    private void openGraph(String section, Markup m) throws IOException {
      meta("property", "og:type", "article", m);
      meta("property", "og:title", headline, m);
      meta("property", "og:description", description, m);
      meta("property", "og:url", url == null ? null : url.toString(), m);
      if (picture != null) {
        meta("property", "og:image", picture.url().toString(), m);
        meta("property", "og:image:alt", picture.alt(), m);
        size("og:image:width", picture.width(), m);
        size("og:image:height", picture.height(), m);
      }
      meta("property", "og:site_name", series == null ? null
          : series.publisher().map(Publisher::name).orElse(section), m);
      meta("property", "article:published_time", rfc3339(published), m);
      if (modified != null && (published == null || modified.isAfter(published))) {
        meta("property", "article:modified_time", rfc3339(modified), m);
      }
      for (Url author : authors) {
        meta("property", "article:author", author.toString(), m);
      }
      meta("property", "article:section", section, m);
      for (String tag : tags) {
        meta("property", "article:tag", tag, m);
      }
    }
  }

  /**
   * An answer's picture as cards show it: its 16:9 crop when it has one, else the image itself.
   *
   * @param alt the image's text alternative, empty for none
   */
  private record Picture(Url url, String alt, OptionalInt width, OptionalInt height) {
    static Picture of(Image image) {
      Crop wide = image.crop(AspectRatio.WIDE).orElse(null);
      return wide != null
          ? new Picture(wide.url(), image.alt(), OptionalInt.of(wide.width()),
              OptionalInt.of(wide.height()))
          : new Picture(image.url(), image.alt(), image.width(), image.height());
    }
  }

  /** Writes {@code <meta attribute="key" content="value">}, nothing when there is no value. */
  private static void meta(String attribute, String key, String value, Markup m)
      throws IOException {
    if (value != null && !value.isEmpty()) {
      m.start("meta").rawAttr(attribute, key).attr("content", value).close().raw('\n');
    }
  }

  private static void size(String property, OptionalInt pixels, Markup m) throws IOException {
    if (pixels.isPresent()) {
      meta("property", property, Integer.toString(pixels.getAsInt()), m);
    }
  }

  /**
   * An instant in RFC 3339, in UTC with {@code Z}, the fraction of a second only when there is
   * one (in 3, 6 or 9 digits): what the JSON format writes ({@link Instant#toString()} for the
   * model's years 0001 to 9999).
   */
  private static String rfc3339(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
