package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.StructuredData;
import java.io.IOException;
import java.io.Writer;
import java.util.ServiceLoader;

/**
 * Writes schema.org JSON-LD in a {@code <script type="application/ld+json">}, from the
 * {@link StructuredData} of the options: the only class that deals with it. What a
 * {@link StructuredData} writes is safe inside a script by its contract ({@code JsonLd} escapes
 * {@code <}, {@code >} and {@code &}, and every character HTML forbids), so the document stays
 * valid and no text can end the script early.
 */
final class JsonLdScript {
  static final String MEDIA_TYPE = "application/ld+json";
  private static final String START = "<script type=\"" + MEDIA_TYPE + "\">";
  private static final String END = "</script>\n";

  private JsonLdScript() {}

  /**
   * The JSON-LD writer that {@link ServiceLoader} finds (through this module's {@code uses} on
   * the module path, {@code META-INF/services} on the class path).
   *
   * @throws IllegalStateException when there is none, saying what to add
   */
  static StructuredData find() {
    for (StructuredData found : ServiceLoader.load(StructuredData.class,
        JsonLdScript.class.getClassLoader())) {
      if (MEDIA_TYPE.equals(found.mediaType())) {
        return found;
      }
    }
    throw new IllegalStateException("metadata JSON_LD needs a JSON-LD writer, and none was found."
        + " Add dev.roundtable:roundtable-export-json to your dependencies (Maven: the"
        + " roundtable-export-json artifact, version from roundtable-bom). On the module path,"
        + " also add 'requires dev.roundtable.json;' to your module-info.java (or"
        + " --add-modules dev.roundtable.json). On the class path, the jar is enough. Where"
        + " ServiceLoader finds nothing (OSGi), pass the writer yourself:"
        + " HtmlOptions.builder().structuredData(JsonLd.defaults()).");
  }

  static void answerPage(Question question, Answer answer, Markup m) throws IOException {
    m.raw(START);
    Script script = new Script(m);
    m.options.structuredData().orElseThrow().writeAnswerPage(question, answer, script);
    script.close();
    m.raw(END);
  }

  static void questionPage(Question question, Markup m) throws IOException {
    m.raw(START);
    Script script = new Script(m);
    m.options.structuredData().orElseThrow().writeQuestionPage(question, script);
    script.close();
    m.raw(END);
  }

  /**
   * The script's content, into the page's own writer as the JSON-LD writer hands it on: the
   * JSON-LD of a question of 100,000 answers is never held whole. A surrogate pair cut between
   * two writes is joined first. Flushing does nothing and closing only writes what is held
   * back: the page goes on after the script.
   */
  private static final class Script extends Writer {
    private final Markup m;
    private char high; // a high surrogate that ended the last write, or 0

    Script(Markup m) {
      this.m = m;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      write(new String(chars, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      write(s.substring(off, off + len));
    }

    @Override
    public void write(String s) throws IOException {
      if (s.isEmpty()) {
        return;
      }
      if (high != 0) {
        s = high + s;
        high = 0;
      }
      char last = s.charAt(s.length() - 1);
      if (Character.isHighSurrogate(last)) {
        high = last;
        s = s.substring(0, s.length() - 1);
      }
      m.raw(s);
    }

    @Override
    public void flush() {}

    @Override
    public void close() throws IOException {
      if (high != 0) {
        m.raw(String.valueOf(high)); // a lone surrogate at the very end, as it was given
        high = 0;
      }
    }
  }
}
