package dev.roundtable.model;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes the machine-readable description of a page (such as schema.org JSON-LD) that an HTML
 * exporter embeds in a {@code <script>} element. The HTML exporter asks for it through this
 * interface alone, so it needs no compile-time or class-loading link to the module that
 * implements it: pass an instance ({@code HtmlOptions.builder().structuredData(JsonLd.defaults())},
 * which works everywhere, OSGi included), or let {@link java.util.ServiceLoader} find the one
 * that {@code roundtable-export-json} provides on the class path or module path.
 *
 * <p>Implementations are immutable and thread-safe, and what they write is safe inside a
 * {@code <script>} element of an HTML document: it never contains {@code <}, {@code >} or
 * {@code &}, nor a character that HTML forbids.
 */
public interface StructuredData {
  /**
   * The media type of what this writes, the {@code type} attribute of its script element.
   *
   * @return for example {@code application/ld+json}
   */
  String mediaType();

  /**
   * Writes the description of an answer's page.
   *
   * @param question the question
   * @param answer one of the question's answers
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the answer is not one of the question's
   */
  void writeAnswerPage(Question question, Answer answer, Writer out) throws IOException;

  /**
   * Writes the description of the page that lists a question's answers.
   *
   * @param question the question
   * @param out where it goes; flushed, not closed
   * @throws IOException when writing fails
   */
  void writeQuestionPage(Question question, Writer out) throws IOException;
}
