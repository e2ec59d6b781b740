package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.copy;
import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.run;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {
  /** {@code INPUT:LINE:COLUMN: POINTER: severity: message [rule]}. */
  private static final String FINDING = "^%s:\\d+:\\d+: (/\\S*)?: (error|warning): \\S.* \\[[a-z-]+\\]$";

  @TempDir Path dir;

  @Test
  void theFeaturedAnswersPageOfTheBundledExampleHasNoError() throws Exception {
    Path file = Files.write(dir.resolve("mentoring.json"), example());

    CommandRun run = run("lint", "--answer", "jenni-luke", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).doesNotContain(": error: ", "/answers/0/", "/answers/6/")
        .endsWith(file + ": 0 errors, " + warnings(run.outText()) + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theWholeExampleHasAnErrorForEachAnswerWithoutPicture() throws Exception {
    Path file = Files.write(dir.resolve("mentoring.json"), example());

    CommandRun run = run("lint", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    assertThat(run.outText().lines().filter(l -> l.endsWith("[image]"))).hasSize(7)
        .allMatch(l -> l.contains(": error: the answer has no image"));
    assertThat(run.outText()).endsWith(file + ": 7 errors, " + warnings(run.outText()) + "\n");
  }

  @Test
  void anUnknownAnswerIsAUsageError() {
    CommandRun run = runWithInput(example(), "lint", "--answer", "nobody", "-");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("No answer with id 'nobody'");
  }

  @Test
  void printsEachFindingWithLineColumnPointerAndSeverityAndExitsOneOnAnError() throws Exception {
    String text = new String(example(), StandardCharsets.UTF_8)
        .replaceFirst("\"width\": 1200,(\\s+)\"height\": 800", "\"width\": 40,$1\"height\": 30");
    Path file = Files.writeString(dir.resolve("small-image.json"), text);

    CommandRun run = run("lint", "--answer", "jenni-luke", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    List<String> lines = run.outText().lines().toList();
    assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty().allMatch(
        line -> line.matches(String.format(FINDING, Pattern.quote(file.toString()))), "a finding");
    assertThat(run.outText()).contains("/image/width: error: the image is 40 x 30 = 1200 pixels");
    assertThat(lines.get(lines.size() - 1)).startsWith(file + ": 1 error, ");
  }

  @Test
  void anInvalidDocumentIsReportedAsValidateDoes() {
    Path file = copy("broken-content.json", dir);

    CommandRun lint = run("lint", file.toString());
    CommandRun validate = run("validate", file.toString());

    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.err()).isEqualTo(validate.err()).contains("/questions/0/answers/0/url: ");
    assertThat(lint.outText()).isEmpty();
  }

  @Test
  void aTimestampWithoutOffsetIsRejected() {
    String text = new String(example(), StandardCharsets.UTF_8)
        .replaceFirst("\"publishedAt\": \"([^\"]*)Z\"", "\"publishedAt\": \"$1\"");

    CommandRun run = runWithInput(text.getBytes(StandardCharsets.UTF_8), "lint", "-");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    assertThat(run.err()).startsWith("<stdin>:").contains("/publishedAt: ");
  }

  @Test
  void aMissingFileIsAnIoError() {
    CommandRun run = run("lint", dir.resolve("absent.json").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("absent.json").doesNotContain("Exception");
  }

  private static String warnings(String out) {
    long n = out.lines().filter(line -> line.contains(": warning: ")).count();
    return n + " warning" + (n == 1 ? "" : "s");
  }
}
