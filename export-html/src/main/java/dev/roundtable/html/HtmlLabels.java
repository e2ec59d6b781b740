package dev.roundtable.html;

import java.util.Objects;

/**
 * The words the exporter adds around the model's texts. Templates name their placeholders in
 * braces; the values put in are escaped like every other text. Change one with its
 * {@code with...} method: {@code HtmlLabels.ENGLISH.withBy("von")}.
 *
 * @param by the word before a related link's byline ("by")
 * @param relatedLinksInSeries the related links' heading and {@code aria-label} when the
 *     question has a series: {@code {series}}, {@code {question}}
 * @param relatedLinks the same when the question has no series: {@code {question}}
 * @param topics the accessible name of an answer's topic list ("Topics")
 * @param answers the accessible name of a question index's answer list ("Answers")
 * @param intro the intro line: {@code {question}}, {@code {byline}}
 * @param updated the words before the date of the last update ("Updated")
 */
public record HtmlLabels(
    String by, String relatedLinksInSeries, String relatedLinks, String topics, String answers,
    String intro, String updated) {
  /** English labels. */
  public static final HtmlLabels ENGLISH = new HtmlLabels(
      "by",
      "Read all answers to the {series} question: {question}",
      "Read all answers to the question: {question}",
      "Topics",
      "Answers",
      "Today’s answer for: {question} is written by {byline}.",
      "Updated");

  /**
   * Requires every label and checks each template's placeholders.
   *
   * @param by the word before a related link's byline
   * @param relatedLinksInSeries the related links' heading with {@code {series}} and
   *     {@code {question}}
   * @param relatedLinks the related links' heading with {@code {question}}
   * @param topics the name of topic lists
   * @param answers the name of answer lists
   * @param intro the intro line with {@code {question}}, {@code {byline}}
   * @param updated the words before the date of the last update
   * @throws IllegalArgumentException when a template has an unknown placeholder
   */
  public HtmlLabels {
    Objects.requireNonNull(by, "by");
    LabelTemplate.relatedLinks(relatedLinksInSeries, true);
    LabelTemplate.relatedLinks(relatedLinks, false);
    Objects.requireNonNull(topics, "topics");
    Objects.requireNonNull(answers, "answers");
    LabelTemplate.intro(intro);
    Objects.requireNonNull(updated, "updated");
  }

  /**
   * These labels with another word before a related link's byline.
   *
   * @param by the word
   * @return the new labels
   */
  public HtmlLabels withBy(String by) {
    return new HtmlLabels(by, relatedLinksInSeries, relatedLinks, topics, answers, intro, updated);
  }

  /**
   * These labels with other related-links headings.
   *
   * @param inSeries the template with {@code {series}} and {@code {question}}
   * @param withoutSeries the template with {@code {question}}
   * @return the new labels
   */
  public HtmlLabels withRelatedLinks(String inSeries, String withoutSeries) {
    return new HtmlLabels(by, inSeries, withoutSeries, topics, answers, intro, updated);
  }

  /**
   * These labels with another name for topic lists.
   *
   * @param topics the name
   * @return the new labels
   */
  public HtmlLabels withTopics(String topics) {
    return new HtmlLabels(by, relatedLinksInSeries, relatedLinks, topics, answers, intro, updated);
  }

  /**
   * These labels with another name for answer lists.
   *
   * @param answers the name
   * @return the new labels
   */
  public HtmlLabels withAnswers(String answers) {
    return new HtmlLabels(by, relatedLinksInSeries, relatedLinks, topics, answers, intro, updated);
  }

  /**
   * These labels with another intro line.
   *
   * @param intro the template with {@code {question}} and {@code {byline}}
   * @return the new labels
   */
  public HtmlLabels withIntro(String intro) {
    return new HtmlLabels(by, relatedLinksInSeries, relatedLinks, topics, answers, intro, updated);
  }

  /**
   * These labels with other words before the date of the last update.
   *
   * @param updated the words
   * @return the new labels
   */
  public HtmlLabels withUpdated(String updated) {
    return new HtmlLabels(by, relatedLinksInSeries, relatedLinks, topics, answers, intro, updated);
  }
}
