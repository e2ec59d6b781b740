package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void writesEveryFormatAndPrintsTheFilesIndexFirst() {
    Path demo = dir.resolve("demo");

    CommandRun run = run("demo", demo.toString());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    List<String> printed = run.outText().lines().toList();
    assertThat(printed).hasSize(Format.values().length)
        .first().isEqualTo(demo.resolve("index.html").toString());
    for (Format format : Format.values()) {
      Path file = demo.resolve(format.fileName());
      assertThat(printed).contains(file.toString());
      assertThat(file).isNotEmptyFile();
    }
  }

  @Test
  void indexLinksTheFeedsAndTheJson() throws Exception {
    run("demo", dir.toString());

    String index = Files.readString(dir.resolve("index.html"));
    for (Format format : Format.values()) {
      if (format != Format.PAGE) {
        assertThat(index).as("index.html links %s", format)
            .contains("href=\"" + format.fileName() + "\"");
      }
    }
    assertThat(index).contains("<link rel=\"alternate\" type=\"application/rss+xml\"");
  }

  @Test
  void indexIsAStyledPageOfTheExample() throws Exception {
    run("demo", dir.toString());

    String index = Files.readString(dir.resolve("index.html"));
    assertThat(index).startsWith("<!DOCTYPE html>")
        .contains("<style>", "Why is it important to have a mentor?", "MPW Insider", "Jenni Luke");
  }

  @Test
  void runsAgainOverItsOwnOutput() {
    CommandRun first = run("demo", dir.toString());
    CommandRun second = run("demo", dir.toString());

    assertThat(second.exitCode()).as(second.describe()).isZero();
    assertThat(second.outText()).isEqualTo(first.outText());
  }

  @Test
  void cannotWriteIntoAFileIsAnIoError() throws Exception {
    Path file = Files.writeString(dir.resolve("plain"), "not a directory");

    CommandRun run = run("demo", file.toString());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(3);
    assertThat(run.err()).contains("plain").doesNotContain("\tat ");
  }
}
