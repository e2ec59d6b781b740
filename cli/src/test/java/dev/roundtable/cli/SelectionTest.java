package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.resource;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code --question ID} and {@code --answer ID} on a document of two questions. */
class SelectionTest {
  private static final byte[] TWO = resource("two-questions.json");

  @Test
  void jsonLdOfSeveralQuestionsIsAnArrayOfTheirPages() {
    CommandRun run = runWithInput(TWO, "export", "--format", "jsonld");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).startsWith("[").endsWith("]")
        .contains("What did your first job teach you?", "What is the best advice you were given?");
  }

  @Test
  void questionOptionKeepsOnlyThatQuestion() {
    CommandRun run = runWithInput(TWO, "export", "--format", "html", "--question", "best-advice");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).contains("Listen before you speak", "Write it down")
        .doesNotContain("Patience, mostly");
  }

  @Test
  void jsonOfOneQuestionIsTheBareQuestionObject() {
    CommandRun run = runWithInput(TWO, "export", "--format", "json", "--question", "first-job");

    assertThat(run.outText()).startsWith("{\"id\":\"first-job\"").doesNotContain("\"format\"");
  }

  @Test
  void jsonOfOneAnswerIsTheBareAnswerObject() {
    CommandRun run = runWithInput(TWO, "export", "--format", "json", "--answer", "listen");

    assertThat(run.outText()).startsWith("{\"id\":\"listen\"").doesNotContain("best-advice");
  }

  @Test
  void feedOfOneQuestionHasOnlyItsAnswersNewestFirst() {
    CommandRun run = runWithInput(TWO, "export", "--format", "atom", "--question", "best-advice",
        "--base-url", "https://example.org/best-advice/");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    String atom = run.outText();
    assertThat(atom).doesNotContain("Patience, mostly");
    assertThat(atom.indexOf("Write it down")).isPositive()
        .isLessThan(atom.indexOf("Listen before you speak"));
  }

  @Test
  void anAnswerOfAnotherQuestionIsAUsageError() {
    CommandRun run = runWithInput(TWO, "export", "--format", "html", "--question", "first-job",
        "--answer", "listen");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Answer 'listen' belongs to question 'best-advice'");
  }

  @Test
  void aFeedWithoutBaseUrlIsAUsageErrorSayingSo() {
    CommandRun run = runWithInput(TWO, "export", "--format", "rss");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("roundtable export: rss needs --base-url URL");
  }

  @Test
  void baseUrlGainsItsTrailingSlash() {
    CommandRun run = runWithInput(TWO, "export", "--format", "jsonfeed",
        "--base-url", "https://example.org/qa");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).contains("https://example.org/qa/feed.json")
        .contains("https://example.org/qa/listen");
  }
}
