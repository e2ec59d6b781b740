package dev.roundtable.html;

import dev.roundtable.json.JsonLd;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes schema.org JSON-LD from {@code roundtable-export-json} in a
 * {@code <script type="application/ld+json">}. The only class that touches that optional
 * module, loaded only when {@link HtmlOptions.Metadata#JSON_LD} is asked for. {@link JsonLd}
 * escapes {@code <}, {@code >} and {@code &}, so no text can end the script early.
 */
final class JsonLdScript {
  private static final String START = "<script type=\"application/ld+json\">";
  private static final String END = "</script>\n";

  private JsonLdScript() {}

  /** Whether {@code roundtable-export-json} can be loaded. */
  static boolean available() {
    try {
      Class.forName("dev.roundtable.json.JsonLd", false, JsonLdScript.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  static void answerPage(Question question, Answer answer, Markup m) throws IOException {
    m.raw(START);
    JsonLd.defaults().writeAnswerPage(question, answer, new ValidCharacters(m.asWriter()));
    m.raw(END);
  }

  static void questionPage(Question question, Markup m) throws IOException {
    m.raw(START);
    JsonLd.defaults().writeQuestionPage(question, new ValidCharacters(m.asWriter()));
    m.raw(END);
  }

  /**
   * Writes JSON with every character HTML forbids (C1 controls, DEL, noncharacters, in every
   * plane) as a JSON unicode escape: the same JSON value, and a valid HTML document. Such
   * characters only occur inside JSON strings, where the escapes mean them exactly.
   */
  static final class ValidCharacters extends Writer {
    private final Writer out;
    /** Whether the previous character was an escaped high surrogate. */
    private boolean escapeLow;

    ValidCharacters(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
      int run = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        char c = chars[i];
        boolean escape = forbidden(c) || (escapeLow && Character.isLowSurrogate(c));
        escapeLow = escape && Character.isHighSurrogate(c);
        if (escape) {
          out.write(chars, run, i - run);
          out.write(HEX_ESCAPE);
          for (int shift = 12; shift >= 0; shift -= 4) {
            out.write(HEX[(c >> shift) & 0xF]);
          }
          run = i + 1;
        }
      }
      out.write(chars, run, end - run);
    }

    /**
     * Characters HTML forbids that JSON writers pass through; a high surrogate that may start
     * an astral noncharacter (U+xFFFE, U+xFFFF) is escaped with its low half, whatever it is.
     */
    private static boolean forbidden(char c) {
      return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
          || (c >= 0xFDD0 && c <= 0xFDEF) || c >= 0xFFFE
          || (Character.isHighSurrogate(c) && (c & 0x3F) == 0x3F);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() {
      // not ours to close
    }
  }

  private static final char[] HEX_ESCAPE = {'\\', 'u'};
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
