package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's preview page shows nothing a browser cannot load from disk. */
class DemoPreviewTest {
  @TempDir Path dir;

  @Test
  void the_preview_page_has_no_picture_it_cannot_load_while_the_json_keeps_the_picture()
      throws Exception {
    CommandRun run = CommandRun.run("demo", dir.toString());
    assertThat(run.exitCode()).as(run.describe()).isZero();

    org.jsoup.nodes.Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
    for (org.jsoup.nodes.Element img : page.select("img")) {
      Path local = dir.resolve(img.attr("src"));
      assertThat(Files.isRegularFile(local)).as("picture %s is a file of the demo", img.attr("src"))
          .isTrue();
    }
    assertThat(Files.readString(dir.resolve(Format.JSON.fileName())))
        .contains("\"image\"").contains("Photograph by Maya Myers");
  }
}
