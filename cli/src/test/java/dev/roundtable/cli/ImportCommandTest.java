package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.run;
import static dev.roundtable.cli.CommandRun.runWithInput;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.imports.HtmlBody;
import dev.roundtable.imports.MarkdownBody;
import dev.roundtable.json.RoundtableJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImportCommandTest {
  private static final RoundtableJson PRETTY = RoundtableJson.builder().pretty(true).build();
  private static final String MARKDOWN = """
      # Finding a mentor

      Ask *specific* questions; read [the guide](https://example.com/guide).

      ![a chart](chart.png)

      <div onclick="evil()">raw</div>

      [click](javascript:alert(1))
      """;

  @TempDir Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void markdownFromStandardInputIsWrittenAsTheBodysPrettyJsonWithItsDropsOnStandardError() {
    CommandRun run = runWithInput(utf8(MARKDOWN), "import", "--from", "markdown");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).isEqualTo(PRETTY.toJson(MarkdownBody.parse(MARKDOWN)))
        .startsWith("[\n  {\n    \"type\": \"heading\",\n    \"level\": 2,");
    assertThat(run.err().lines()).containsExactly(
        "<stdin>:1: dropped heading level 1: read as level 2",
        "<stdin>:5: dropped an image 'chart.png': its description kept as text",
        "<stdin>:7: dropped an HTML block '<div onclick=\"evil()\">raw</div>'",
        "<stdin>:9: dropped the target of a link 'javascript:alert(1)' (href: must use scheme"
            + " http, https or mailto; scheme \"javascript\" is not allowed): its text kept");
  }

  @Test
  void htmlFromAFileGoesThroughTheAllowList() throws Exception {
    String html = "<h1>Hi</h1><p onclick=\"x()\">One <b>two</b><script>evil()</script></p>";
    Path file = Files.writeString(dir.resolve("post.html"), html);
    CommandRun run = run("import", "--from", "HTML", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.outText()).isEqualTo(PRETTY.toJson(HtmlBody.parse(html)))
        .doesNotContain("evil", "onclick");
    assertThat(run.err()).isEqualTo(file + ": dropped <script> and its text 'evil()'\n");
  }

  @Test
  void outWritesTheFileAndNothingToStandardOutput() throws Exception {
    Path target = dir.resolve("body.json");
    CommandRun run = runWithInput(utf8("Grüße, *world*"), "import", "--from", "markdown",
        "--out", target.toString(), "-");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(target)).isEqualTo(
        PRETTY.toJson(MarkdownBody.parse("Grüße, *world*")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   \n", "---", "<script>alert(1)</script>", "![](x.png)"})
  void inputOfWhichNoBodyCanBeMadeIsInvalidInputSaidInOneLine(String markdown) {
    CommandRun run = runWithInput(utf8(markdown), "import", "--from", "markdown");

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).as(run.describe())
        .endsWith("<stdin>: body: must have at least one block");
  }

  @Test
  void aMissingInputFileIsAnIoError() {
    CommandRun run = run("import", "--from", "markdown", dir.resolve("none.md").toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.IO_ERROR);
    assertThat(run.err()).contains("cannot read").contains("no such file or directory");
  }

  @Test
  void dropsOfHostileContentPrintAsOneEscapedLineEach() {
    CommandRun run = runWithInput(utf8("a <b title=\"\u001B[31m\u202E\">x</b>\n"), "import",
        "--from", "markdown");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    assertThat(run.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
        .startsWith("<stdin>:1: dropped inline HTML '").doesNotContain("\u001B", "\u202E"));
  }

  @Test
  void aByteOrderMarkIsNotText() {
    CommandRun run = runWithInput(utf8("\uFEFF# Title"), "import", "--from", "markdown");

    assertThat(run.outText()).isEqualTo(PRETTY.toJson(MarkdownBody.parse("# Title")));
  }
}
