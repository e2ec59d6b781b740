package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Progress and hints go to standard error only when a person watches it. */
class ProgressTest {
  @Test
  void staysSilentWhenStandardErrorIsNotATerminal() {
    CommandRun run = CommandRun.run(example(), false, "export", "--format", "html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void tellsAPersonThatItReadsStandardInput() {
    CommandRun run = CommandRun.run(example(), true, "export", "--format", "html");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("reading a document from standard input");
  }

  @Test
  void showsHowFarItGotOnAnInteractiveStream() throws Exception {
    java.io.StringWriter text = new java.io.StringWriter();
    Progress progress = interactive(text);
    java.util.Iterator<Integer> items = progress.writing("feed",
        java.util.List.of(1, 2, 3).iterator(), 3);

    items.next();
    Thread.sleep(250);
    items.next();
    String shown = text.toString();
    progress.done();

    assertThat(shown).contains("writing feed: 2 of 3");
    assertThat(text.toString()).endsWith("\r\033[K");
  }

  @Test
  void showsTheNameOfWhatItReadsEscaped() throws Exception {
    java.io.StringWriter text = new java.io.StringWriter();
    Progress progress = interactive(text);

    try (java.io.InputStream in = progress.reading(DocumentInput.name("doc\u001B]0;x\u0007\u202E.json"),
        new java.io.ByteArrayInputStream(new byte[1 << 20]), 1 << 20)) {
      in.read(new byte[1000]);
      Thread.sleep(250);
      in.read(new byte[1000]);
    }

    String shown = text.toString().replace("\r\033[K", "");
    assertThat(shown).contains("reading ", "doc\\u001B]0;x\\u0007\\u202E.json: ");
    HostileValuesTest.assertNoRawCharacters("progress", shown);
  }

  /** Progress on a standard error that a person watches, written to {@code text}. */
  private static Progress interactive(java.io.StringWriter text) {
    return Progress.of(new Streams(java.io.InputStream.nullInputStream(),
        java.io.OutputStream.nullOutputStream(), new java.io.PrintWriter(text), true, false));
  }
}
