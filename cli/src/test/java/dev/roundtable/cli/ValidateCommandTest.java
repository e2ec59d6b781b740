package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.copy;
import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.run;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  /** {@code INPUT:LINE:COLUMN: POINTER: message}, line and column where known. */
  private static final String PROBLEM = "^%s:(\\d+:\\d+:)? (/\\S*)?: \\S.*$";

  @TempDir Path dir;

  @Test
  void reportsAValidDocumentOnStandardOutput() throws Exception {
    Path file = Files.write(dir.resolve("mentoring.json"), example());

    CommandRun run = run("validate", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).isEqualTo(file + ": valid (1 question, 8 answers)\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void listsEveryProblemOfABrokenDocumentWithItsPointer() {
    Path file = copy("broken-content.json", dir);

    CommandRun run = run("validate", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).as(run.describe()).hasSizeGreaterThanOrEqualTo(4)
        .allMatch(line -> line.matches(String.format(PROBLEM, java.util.regex.Pattern.quote(
            file.toString()))));
    assertThat(run.err()).contains(
        "/questions/0/answers/0/url: ",
        "/questions/0/answers/0/contributor/name: ",
        "/questions/0/answers/1/publishedAt: ",
        "/questions/0/answers/1/body/0/level: ");
    assertThat(run.outText()).isEmpty();
  }

  @Test
  void givesLineAndColumnOfASyntaxError() {
    Path file = copy("broken-syntax.json", dir);

    CommandRun run = run("validate", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    assertThat(run.err()).matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":6:\\d+: .*");
  }

  @Test
  void namesStandardInputInProblems() {
    CommandRun run = runWithInput(CommandRun.resource("broken-syntax.json"), "validate", "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).startsWith("<stdin>:6:");
  }

  @Test
  void ignoresUnknownPropertiesUnlessStrict() {
    Path file = copy("unknown-property.json", dir);

    CommandRun lenient = run("validate", file.toString());
    CommandRun strict = run("validate", "--strict", file.toString());

    assertThat(lenient.exitCode()).as(lenient.describe()).isZero();
    assertThat(strict.exitCode()).as(strict.describe()).isEqualTo(1);
    assertThat(strict.err()).contains("/questions/0/colour");
  }

  @Test
  void namesAnUnknownFormatVersion() {
    Path file = copy("wrong-format.json", dir);

    CommandRun run = run("validate", file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("/format").contains("roundtable/2");
  }

  @Test
  void checksEveryInputAndExitsWithTheWorstOutcome() throws Exception {
    Path good = Files.write(dir.resolve("good.json"), example());
    Path bad = copy("broken-syntax.json", dir);

    CommandRun invalid = run("validate", good.toString(), bad.toString());
    CommandRun unreadable = run("validate", bad.toString(), dir.resolve("gone.json").toString(),
        good.toString());

    assertThat(invalid.exitCode()).isEqualTo(1);
    assertThat(invalid.outText()).contains(good + ": valid");
    assertThat(unreadable.exitCode()).isEqualTo(3);
    assertThat(unreadable.err()).contains(bad + ":6:", "gone.json");
    assertThat(unreadable.outText()).contains(good + ": valid");
  }
}
