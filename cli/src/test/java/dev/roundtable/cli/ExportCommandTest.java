package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.run;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExportCommandTest {
  private static final String BASE = MentoringExample.BASE;

  @TempDir Path dir;

  private Path exampleFile() throws Exception {
    return Files.write(dir.resolve("mentoring.json"), example());
  }

  @ParameterizedTest
  @EnumSource(Format.class)
  void exportsTheExampleInEveryFormatWithEveryContributor(Format format) throws Exception {
    CommandRun run = run("export", "--format", format.cliName(), "--base-url", BASE,
        exampleFile().toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.err()).as("stderr of a quiet, successful run").isEmpty();
    for (Answer answer : MentoringExample.question().answers()) {
      assertThat(run.outText()).as(format + " output names %s", answer.id())
          .contains(answer.contributor().name());
    }
  }

  @Test
  void jsonOfTheExampleReadsBackToTheSameDocument() throws Exception {
    CommandRun run = run("export", "--format", "json", exampleFile().toString());

    assertThat(RoundtableJson.defaults().read(run.out())).isEqualTo(MentoringExample.document());
  }

  @Test
  void prettyJsonIsIndented() throws Exception {
    CommandRun compact = run("export", "--format", "json", exampleFile().toString());
    CommandRun pretty = run("export", "--format", "json", "--pretty", exampleFile().toString());

    assertThat(compact.outText()).doesNotContain("\n  \"");
    assertThat(pretty.outText()).contains("\n  \"questions\"");
  }

  @Test
  void readsStandardInputForADash() {
    CommandRun run = runWithInput(example(), "export", "--format", "rss", "--base-url", BASE, "-");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).contains("<rss").contains("Jenni Luke");
  }

  @Test
  void readsStandardInputWithoutInput() {
    CommandRun run = runWithInput(example(), "export", "--format", "json");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(RoundtableJson.defaults().read(run.out())).isEqualTo(MentoringExample.document());
  }

  @Test
  void limitKeepsTheNewestFeedItems() throws Exception {
    CommandRun run = run("export", "--format", "rss", "--base-url", BASE, "--limit", "2",
        exampleFile().toString());

    String rss = run.outText();
    assertThat(count(rss, "<item>")).as(rss).isEqualTo(2);
    assertThat(rss.indexOf("Jenni Luke")).as("the newest answer comes first").isPositive()
        .isLessThan(rss.indexOf("Allie Kline"));
    assertThat(rss).doesNotContain("Beth Brooke-Marciniak");
  }

  @Test
  void answerOptionExportsOnlyThatAnswer() throws Exception {
    CommandRun run = run("export", "--format", "html", "--answer", "gay-gaddis",
        exampleFile().toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(count(run.outText(), "<article")).isEqualTo(1);
    assertThat(run.outText()).contains("What qualities should you look for in a mentor?");
  }

  @Test
  void answerOptionMakesJsonLdTheAnswersPage() throws Exception {
    CommandRun question = run("export", "--format", "jsonld", exampleFile().toString());
    CommandRun answer = run("export", "--format", "jsonld", "--answer", "gay-gaddis",
        exampleFile().toString());

    assertThat(question.outText()).contains("\"@type\":\"Question\"");
    assertThat(answer.exitCode()).as(answer.describe()).isZero();
    assertThat(answer.outText()).contains("\"@type\":\"NewsArticle\"", "Gay Gaddis",
        "What qualities should you look for in a mentor?");
  }

  @Test
  void zoneChangesHowDatesRead() throws Exception {
    CommandRun utc = run("export", "--format", "html", "--answer", "gay-gaddis",
        exampleFile().toString());
    CommandRun tokyo = run("export", "--format", "html", "--answer", "gay-gaddis",
        "--zone", "Asia/Tokyo", exampleFile().toString());

    assertThat(tokyo.exitCode()).as(tokyo.describe()).isZero();
    assertThat(tokyo.outText()).isNotEqualTo(utc.outText()).contains("11:00");
  }

  @Test
  void pageIsACompleteDocumentWithItsStyleAndJsonLd() throws Exception {
    CommandRun run = run("export", "--format", "page", exampleFile().toString());

    String page = run.outText();
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta charset=\"utf-8\">", "<style>", "application/ld+json")
        .endsWith("</html>\n");
  }

  @Test
  void feedsLinkToThemselvesUnderTheBaseUrl() throws Exception {
    CommandRun run = run("export", "--format", "atom", "--base-url", "https://feeds.example.org/",
        "--out", dir.resolve("answers.atom").toString(), exampleFile().toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(Files.readString(dir.resolve("answers.atom")))
        .contains("https://feeds.example.org/answers.atom");
  }

  @Test
  void titleOptionNamesTheFeed() throws Exception {
    CommandRun run = run("export", "--format", "jsonfeed", "--base-url", BASE,
        "--title", "Insider <answers>", exampleFile().toString());

    assertThat(run.outText()).contains("\"title\":\"Insider <answers>\"");
  }

  @Test
  void outputIsUtf8() throws Exception {
    CommandRun run = run("export", "--format", "json", exampleFile().toString());

    assertThat(new String(run.out(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("Why you don’t need a mentor");
  }

  private static int count(String text, String what) {
    Matcher matcher = Pattern.compile(Pattern.quote(what)).matcher(text);
    int n = 0;
    while (matcher.find()) {
      n++;
    }
    return n;
  }
}
