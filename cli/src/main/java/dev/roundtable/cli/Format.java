package dev.roundtable.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/**
 * The formats of {@code export --format}; each maps to the {@link Rendering} method that drives
 * its exporter. Adding a format is one constant and one method.
 */
enum Format {
  /** Canonical Roundtable JSON (json-format-v1). */
  JSON("question.json", "application/json", "Roundtable JSON", Rendering::json),
  /** schema.org JSON-LD: QAPage for a question, the answer's page with {@code --answer}. */
  JSONLD("question.jsonld", "application/ld+json", "schema.org JSON-LD", Rendering::jsonLd),
  /** HTML fragments: question index, then each answer's intro and article. */
  HTML("fragments.html", "text/html", "HTML fragments", Rendering::html),
  /** A complete, standalone HTML5 page around the fragments, for previewing. */
  PAGE("index.html", "text/html", "Preview page", Rendering::page),
  /** RSS 2.0. */
  RSS("rss.xml", "application/rss+xml", "RSS 2.0", Rendering::rss),
  /** Atom 1.0. */
  ATOM("atom.xml", "application/atom+xml", "Atom 1.0", Rendering::atom),
  /** JSON Feed 1.1. */
  JSONFEED("feed.json", "application/feed+json", "JSON Feed 1.1", Rendering::jsonFeed);

  private final String fileName;
  private final String mediaType;
  private final String title;
  private final Renderer renderer;

  Format(String fileName, String mediaType, String title, Renderer renderer) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.title = title;
    this.renderer = renderer;
  }

  /** The name on the command line: {@code jsonfeed}. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The file {@code demo} writes this format to. */
  String fileName() {
    return fileName;
  }

  /** The IANA media type of the output. */
  String mediaType() {
    return mediaType;
  }

  /** What the format is, for people: "JSON Feed 1.1". */
  String title() {
    return title;
  }

  /** Writes the rendering's selection in this format (UTF-8); does not close {@code out}. */
  void render(Rendering rendering, OutputStream out) throws IOException {
    renderer.render(rendering, out);
  }

  /** The format named on the command line, in any case. */
  static Format named(String name) {
    return Choices.named(values(), Format::cliName, "format", name);
  }

  /** How a format is written. */
  @FunctionalInterface
  interface Renderer {
    void render(Rendering rendering, OutputStream out) throws IOException;
  }

  /** {@code --format}: a format's name. */
  static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return named(value);
    }
  }

  /** The names offered in help and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(values()).map(Format::cliName).iterator();
    }
  }
}
