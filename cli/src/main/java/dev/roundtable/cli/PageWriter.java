package dev.roundtable.cli;

import dev.roundtable.html.FeedLink;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import dev.roundtable.text.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The {@code page} format: a complete, standalone HTML5 page around the fragments (with their
 * schema.org JSON-LD), styled by the bundled {@code page.css}, with links to the other
 * renderings (feeds, JSON) when there are any. Its head is the exporter's
 * ({@link HtmlExporter#head(Question)}: title, description, Open Graph, the other renderings as
 * feed links), without the JSON-LD, which the fragments carry.
 */
final class PageWriter {
  private static final String CSS = resource("page.css");

  private final Rendering rendering;

  PageWriter(Rendering rendering) {
    this.rendering = rendering;
  }

  /**
   * Another rendering of the same content that the page links to.
   *
   * @param format what it is
   * @param href where it is, relative to the page: a URL reference that
   *     {@link FeedLink} accepts, since the page's head announces it as one
   */
  record Alternate(Format format, String href) {}

  void write(Appendable out) throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"");
    Context.HTML.escape(rendering.options().localeOrDefault().toLanguageTag(), out);
    out.append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    writeHead(out);
    out.append("<meta name=\"generator\" content=\"Roundtable\">\n");
    out.append("<style>\n").append(CSS).append("</style>\n");
    out.append("</head>\n<body>\n");
    writeMasthead(out);
    out.append("<main class=\"page-main\">\n");
    rendering.writeFragments(out, true);
    out.append("</main>\n");
    writeFooter(out);
    out.append("</body>\n</html>\n");
  }

  /**
   * What the head says of the content: the answer's page with {@code --answer}, else the only
   * question's page. A page of several questions has no one page to describe: its title is
   * {@code --title} (else the series' name, else "Roundtable", then " · " and the series'
   * name), with the feed links alone.
   */
  private void writeHead(Appendable out) throws IOException {
    HtmlExporter html = HtmlExporter.of(rendering.htmlOptions().feeds(feedLinks()).build());
    Selection selection = rendering.selection();
    Question question = selection.singleQuestion().orElse(null);
    if (selection.answer() != null) {
      html.head(question, selection.answer()).writeTo(out);
    } else if (question != null) {
      html.head(question).writeTo(out);
    } else {
      Series series = rendering.series();
      String title = rendering.title();
      out.append("<title>");
      Context.HTML.escape(series == null ? title : title + " · " + series.name(), out);
      out.append("</title>\n");
      html.feedLinks().writeTo(out);
    }
  }

  /** The other renderings but the page and the fragments, with their hrefs relative to it. */
  private List<FeedLink> feedLinks() {
    return rendering.alternates().stream()
        .filter(a -> a.format() != Format.PAGE && a.format() != Format.HTML)
        .map(a -> new FeedLink(a.format().mediaType(), a.format().title(), a.href()))
        .toList();
  }

  /** A slim bar: the brand, and the other renderings when there are any. */
  private void writeMasthead(Appendable out) throws IOException {
    out.append("<header class=\"page-masthead\">\n<div class=\"page-wrap\">\n")
        .append("<p class=\"page-brand\">Roundtable <span>preview</span></p>\n");
    if (rendering.alternates().stream().anyMatch(a -> a.format() != Format.PAGE)) {
      out.append("<nav class=\"page-nav\" aria-label=\"Other formats\">");
      for (Alternate alternate : rendering.alternates()) {
        if (alternate.format() != Format.PAGE) {
          out.append("<a href=\"");
          Context.HTML.escape(alternate.href(), out);
          out.append("\">").append(alternate.format().cliName()).append("</a>");
        }
      }
      out.append("</nav>\n");
    }
    out.append("</div>\n</header>\n");
  }

  private void writeFooter(Appendable out) throws IOException {
    out.append("<footer class=\"page-footer\">\n<div class=\"page-wrap\">\n");
    boolean any = false;
    for (Alternate alternate : rendering.alternates()) {
      if (alternate.format() == Format.PAGE) {
        continue;
      }
      if (!any) {
        out.append("<h2>Feeds and data</h2>\n<ul class=\"page-formats\">\n");
        any = true;
      }
      out.append("<li><a href=\"");
      Context.HTML.escape(alternate.href(), out);
      out.append("\" type=\"").append(alternate.format().mediaType()).append("\">");
      Context.HTML.escape(alternate.format().title(), out);
      out.append(" <code>");
      Context.HTML.escape(alternate.href(), out);
      out.append("</code></a></li>\n");
    }
    if (any) {
      out.append("</ul>\n");
    }
    out.append("<p class=\"page-colophon\">Rendered by Roundtable.</p>\n</div>\n</footer>\n");
  }

  private static String resource(String name) {
    try (InputStream in = PageWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
