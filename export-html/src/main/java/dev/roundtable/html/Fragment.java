package dev.roundtable.html;

import dev.roundtable.text.Utf8Output;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * One HTML fragment of {@link HtmlExporter}, ready to be written: an answer's article, a
 * question's index, an intro line, related links, a body, or what a page's {@code <head>} holds
 * (its title, description, Open Graph and feed links). Its arguments were checked when it
 * was made, so writing it fails only when the target does. Immutable and thread-safe; it may be
 * written any number of times, and writes the same each time.
 *
 * <p>Every form goes through the text module's one writer ({@link Utf8Output}): the bytes are
 * made once, and a character target wraps them. No form flushes or closes its target.
 */
public final class Fragment {
  /** How a fragment is written, given the markup of one rendering. */
  @FunctionalInterface
  interface Writing {
    void write(Markup m) throws IOException;
  }

  private final HtmlOptions options;
  private final Writing writing;

  Fragment(HtmlOptions options, Writing writing) {
    this.options = options;
    this.writing = writing;
  }

  /**
   * Writes the fragment as UTF-8. When {@code out} is itself a {@link Utf8Output} (a feed
   * writer's, inside a CDATA section for instance) the bytes go straight into its buffer and
   * stay there; otherwise all of them are handed to {@code out} before this returns.
   *
   * @param out where the bytes go; neither flushed nor closed
   * @throws IOException when {@code out} fails
   */
  public void writeTo(OutputStream out) throws IOException {
    Utf8Output utf8 = Utf8Output.over(Objects.requireNonNull(out, "out"));
    writing.write(new Markup(utf8, options));
    if (utf8 != out) {
      utf8.drain();
    }
  }

  /**
   * Writes the fragment as characters; all of them are appended before this returns.
   *
   * @param out where the HTML goes, such as a {@link java.io.Writer} or a
   *     {@link StringBuilder}; neither flushed nor closed
   * @throws IOException when {@code out} fails
   */
  public void writeTo(Appendable out) throws IOException {
    Utf8Output utf8 = Utf8Output.to(Objects.requireNonNull(out, "out"));
    writing.write(new Markup(utf8, options));
    utf8.drain();
  }

  /** {@return the fragment's HTML; empty for related links or feed links when there are none} */
  @Override
  public String toString() {
    Utf8Output html = Utf8Output.inMemory();
    try {
      writeTo(html);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // never: the target is memory
    }
    return html.written();
  }
}
