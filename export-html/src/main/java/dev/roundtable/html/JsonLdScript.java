package dev.roundtable.html;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Question;
import dev.roundtable.model.StructuredData;
import java.io.IOException;
import java.io.StringWriter;
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
    StringWriter json = new StringWriter(2048);
    m.options.structuredData().orElseThrow().writeAnswerPage(question, answer, json);
    m.raw(START).raw(json.toString()).raw(END);
  }

  static void questionPage(Question question, Markup m) throws IOException {
    StringWriter json = new StringWriter(2048);
    m.options.structuredData().orElseThrow().writeQuestionPage(question, json);
    m.raw(START).raw(json.toString()).raw(END);
  }
}
