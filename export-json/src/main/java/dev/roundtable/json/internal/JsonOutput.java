package dev.roundtable.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The JSON output of the writers: one root value, compact or pretty, with a configured
 * {@link JsonFactory}, to a stream, a writer, a string or bytes. Never closes the caller's
 * stream; flushes it.
 */
public final class JsonOutput {
  /** How a model value is written to a generator. */
  @FunctionalInterface
  public interface ValueWriter<T> {
    /**
     * Writes the value.
     *
     * @param value the value
     * @param g the generator
     * @throws IOException when writing fails
     */
    void write(T value, JsonGenerator g) throws IOException;
  }

  /** Two-space indentation, {@code "name": value}, each array element on its own line. */
  private static final DefaultPrettyPrinter PRETTY;

  static {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    PRETTY = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator(""));
    PRETTY.indentArraysWith(indenter);
    PRETTY.indentObjectsWith(indenter);
  }

  private final JsonFactory factory;
  private final boolean pretty;

  /**
   * Writes with a factory.
   *
   * @param factory the factory, configured not to close targets
   * @param pretty whether to indent (and end with a newline)
   */
  public JsonOutput(JsonFactory factory, boolean pretty) {
    this.factory = factory;
    this.pretty = pretty;
  }

  /**
   * Writes a value as UTF-8.
   *
   * @param <T> the value's type
   * @param how how to write it
   * @param value the value
   * @param out where to; flushed, not closed
   * @throws IOException when writing fails
   */
  public <T> void write(ValueWriter<T> how, T value, OutputStream out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(how, value, g);
    }
  }

  /**
   * Writes a value as characters.
   *
   * @param <T> the value's type
   * @param how how to write it
   * @param value the value
   * @param out where to; flushed, not closed
   * @throws IOException when writing fails
   */
  public <T> void write(ValueWriter<T> how, T value, Writer out) throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(how, value, g);
    }
  }

  /**
   * Writes a value to a string.
   *
   * @param <T> the value's type
   * @param how how to write it
   * @param value the value
   * @return the JSON
   */
  public <T> String string(ValueWriter<T> how, T value) {
    StringWriter out = new StringWriter(1024);
    try {
      write(how, value, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a value to UTF-8 bytes.
   *
   * @param <T> the value's type
   * @param how how to write it
   * @param value the value
   * @return the JSON
   */
  public <T> byte[] bytes(ValueWriter<T> how, T value) {
    try (ByteArrayBuilder out = new ByteArrayBuilder(8192)) {
      write(how, value, out);
      byte[] bytes = out.toByteArray();
      out.release();
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private <T> void write(ValueWriter<T> how, T value, JsonGenerator g) throws IOException {
    if (pretty) {
      g.setPrettyPrinter(PRETTY.createInstance());
    }
    how.write(value, g);
    if (pretty) {
      g.writeRaw('\n');
    }
    g.flush();
  }
}
