package dev.roundtable.html;

import dev.roundtable.model.Body;
import java.io.BufferedWriter;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes Roundtable content as HTML fragments that CMS templates drop into their pages: every
 * fragment is valid flow content inside any {@code <body>}, every text is escaped for its
 * context (see {@link HtmlEscaper}), and every URL comes from the model, which allows only
 * {@code http}, {@code https} and (in bodies) {@code mailto}.
 *
 * <p>Immutable and thread-safe: build once from {@link HtmlOptions} and reuse. The
 * {@code write...} methods stream straight to the given {@link Appendable} (a {@link Writer} is
 * one), flush it when it is {@link Flushable} and never close it; the {@code OutputStream}
 * variants write UTF-8. The methods returning {@code String} throw nothing checked.
 */
public final class HtmlExporter {
  private static final HtmlExporter DEFAULTS = new HtmlExporter(HtmlOptions.defaults());

  private final HtmlOptions options;

  private HtmlExporter(HtmlOptions options) {
    this.options = options;
  }

  /**
   * An exporter with {@link HtmlOptions#defaults()}.
   *
   * @return the shared default exporter
   */
  public static HtmlExporter defaults() {
    return DEFAULTS;
  }

  /**
   * An exporter with the given options.
   *
   * @param options the options
   * @return the exporter
   */
  public static HtmlExporter of(HtmlOptions options) {
    return new HtmlExporter(Objects.requireNonNull(options, "options"));
  }

  /**
   * The options this exporter writes with.
   *
   * @return the options
   */
  public HtmlOptions options() {
    return options;
  }

  /**
   * Writes a body as a sequence of block elements ({@code <p>}, {@code <h3>}&hellip;,
   * {@code <blockquote>}, {@code <ul>}/{@code <ol>}), one per line, without a wrapper element and
   * without classes: valid inside any flow content, as feeds need it for {@code content:encoded},
   * Atom {@code content type="html"} and JSON Feed {@code content_html}.
   *
   * @param body the body
   * @param out where the HTML goes; flushed, not closed
   * @throws IOException when {@code out} fails
   */
  public void writeBody(Body body, Appendable out) throws IOException {
    Objects.requireNonNull(body, "body");
    BodyWriter.write(body, markup(out));
    flush(out);
  }

  /**
   * Writes a body as UTF-8; see {@link #writeBody(Body, Appendable)}.
   *
   * @param body the body
   * @param out where the bytes go; flushed, not closed
   * @throws IOException when {@code out} fails
   */
  public void writeBody(Body body, OutputStream out) throws IOException {
    Objects.requireNonNull(body, "body");
    Writer writer = utf8(out);
    BodyWriter.write(body, markup(writer));
    writer.flush();
  }

  /**
   * A body as HTML; see {@link #writeBody(Body, Appendable)}.
   *
   * @param body the body
   * @return the HTML
   */
  public String body(Body body) {
    Objects.requireNonNull(body, "body");
    StringBuilder out = new StringBuilder(1024);
    try {
      BodyWriter.write(body, new Markup(out, options));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: a StringBuilder does not fail
    }
    return out.toString();
  }

  private Markup markup(Appendable out) {
    return new Markup(Objects.requireNonNull(out, "out"), options);
  }

  private static Writer utf8(OutputStream out) {
    Objects.requireNonNull(out, "out");
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
  }

  private static void flush(Appendable out) throws IOException {
    if (out instanceof Flushable) {
      ((Flushable) out).flush();
    }
  }
}
