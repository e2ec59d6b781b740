package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.run;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract's exit codes: 0 success, 1 invalid input, 2 usage error, 3 I/O error. */
class ExitCodeTest {
  @TempDir Path dir;

  @Test
  void successExitsZero() {
    CommandRun run = runWithInput(example(), "validate");

    assertThat(run.exitCode()).as(run.describe()).isZero();
  }

  @Test
  void helpAndVersionExitZero() {
    CommandRun help = run("--help");
    CommandRun version = run("--version");
    CommandRun exportHelp = run("help", "export");

    assertThat(help.exitCode()).isZero();
    assertThat(help.outText()).contains("export", "validate", "demo", "Exit codes:");
    assertThat(version.exitCode()).isZero();
    assertThat(version.outText()).startsWith("roundtable ").doesNotContain("unknown");
    assertThat(exportHelp.exitCode()).isZero();
    assertThat(exportHelp.outText()).contains("--base-url", "--limit", "json, jsonld, html, page,"
        + " rss, atom, jsonfeed");
  }

  @Test
  void invalidInputExitsOne() {
    CommandRun run = runWithInput(CommandRun.resource("broken-content.json"),
        "export", "--format", "json");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownFormatIsAUsageErrorWithAHintAndTheUsage() {
    CommandRun run = runWithInput(example(), "export", "--format", "xml");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    assertThat(run.err().lines().findFirst()).get().asString()
        .contains("unknown format 'xml'").contains("jsonfeed");
    assertThat(run.err()).contains("Usage: roundtable export");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void unknownCommandIsAUsageError() {
    CommandRun run = run("exprot");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    assertThat(run.err()).contains("exprot").contains("export").contains("Usage: roundtable");
  }

  @Test
  void missingCommandIsAUsageError() {
    CommandRun run = run();

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    assertThat(run.err()).startsWith("roundtable: Missing command").contains("Usage: roundtable");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CommandRun run = run("export", "--format", "json", "--colour", "blue");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    assertThat(run.err()).contains("--colour");
  }

  @Test
  void missingFormatIsAUsageError() {
    CommandRun run = runWithInput(example(), "export");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    assertThat(run.err()).contains("--format");
  }

  @Test
  void badOptionValuesAreUsageErrors() {
    assertThat(run("export", "-f", "rss", "--limit", "0").exitCode()).isEqualTo(2);
    assertThat(run("export", "-f", "rss", "--limit", "ten").exitCode()).isEqualTo(2);
    assertThat(run("export", "-f", "rss", "--base-url", "javascript:alert(1)").exitCode())
        .isEqualTo(2);
    assertThat(run("export", "-f", "rss", "--base-url", "/relative/").exitCode()).isEqualTo(2);
    assertThat(run("export", "-f", "html", "--zone", "Mars/Olympus").exitCode()).isEqualTo(2);
    assertThat(run("export", "-f", "html", "--locale", "not a tag").exitCode()).isEqualTo(2);
  }

  @Test
  void unknownAnswerIdIsAUsageErrorNamingTheIdsThereAre() {
    CommandRun run = runWithInput(example(), "export", "--format", "html", "--answer", "nobody");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(2);
    assertThat(run.err()).contains("No answer with id 'nobody'").contains("jenni-luke");
  }

  @Test
  void unreadableInputIsAnIoError() {
    CommandRun run = run("export", "--format", "json", dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("cannot read").contains("missing.json")
        .contains("no such file");
  }

  @Test
  void aDirectoryAsInputIsAnIoError() {
    CommandRun run = run("validate", dir.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
  }

  @Test
  void unwritableOutputIsAnIoError() {
    CommandRun run = runWithInput(example(), "export", "--format", "json",
        "--out", dir.resolve("no/such/dir/out.json").toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("cannot write").contains("out.json");
  }

  @Test
  void badInputShowsNoStackTrace() {
    for (String[] args : new String[][] {
        {"export", "--format", "json"},
        {"export", "--format", "json", dir.resolve("missing.json").toString()},
        {"export", "--format", "nope"},
        {"validate", "-"}}) {
      CommandRun run = runWithInput("{\"format\": \"roundtable/1\", \"questions\": [".getBytes(),
          args);
      assertThat(run.err()).as(run.describe())
          .doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("picocli");
    }
  }

  @Test
  void verboseShowsTheStackTrace() {
    CommandRun run = run("export", "--format", "json", "--verbose",
        dir.resolve("missing.json").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("\tat ");
  }

  @Test
  void anInputThatIsNotJsonIsInvalidNotACrash() throws Exception {
    Path binary = Files.write(dir.resolve("binary.json"), new byte[] {(byte) 0xff, 0, 1, 2});

    CommandRun run = run("validate", binary.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(1);
    assertThat(run.err()).startsWith(binary + ":");
  }
}
