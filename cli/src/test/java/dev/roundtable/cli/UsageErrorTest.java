package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A usage error is short: what is wrong, the usage line and where the help is, never the whole
 * help text.
 */
class UsageErrorTest {
  @ParameterizedTest(name = "roundtable {0}")
  @ValueSource(strings = {"export --bogus", "export --format nope", "exprot", "",
      "validate --bogus", "export --limit x", "demo a b", "import --from rtf", "import",
      "import --from markdown a b"})
  void a_usage_error_is_its_message_the_usage_line_and_a_pointer_to_help(String args) {
    CommandRun run = CommandRun.run(args.isEmpty() ? new String[0] : args.split(" "));

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.USAGE);
    List<String> lines = run.err().lines().toList();
    assertThat(lines).as(run.err()).hasSizeLessThanOrEqualTo(8);
    assertThat(lines).as(run.err()).anyMatch(l -> l.startsWith("Usage: roundtable"));
    assertThat(run.err()).contains("--help' for more.");
    assertThat(run.err()).doesNotContain("Show this help message");
  }

  @Test
  void the_help_itself_is_still_the_whole_text() {
    CommandRun run = CommandRun.run("export", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.outText()).contains("Show this help message").contains("--base-url");
  }
}
