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
 * escapes {@code <}, {@code >} and {@code &}, so no text can end the script early, and writes
 * every character HTML forbids as a JSON escape, so the document stays valid.
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
    JsonLd.defaults().writeAnswerPage(question, answer, m.asWriter());
    m.raw(END);
  }

  static void questionPage(Question question, Markup m) throws IOException {
    m.raw(START);
    JsonLd.defaults().writeQuestionPage(question, m.asWriter());
    m.raw(END);
  }
}
