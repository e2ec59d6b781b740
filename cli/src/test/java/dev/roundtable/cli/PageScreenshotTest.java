package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke test of the demo's screenshot: {@code index.html} rendered by headless Chromium, when
 * Debian's {@code chromium} is installed (skipped otherwise), is a picture of the page's width
 * with something on it. Set {@code -Droundtable.screenshot=FILE} to keep the screenshot
 * (docs/demo.png was made so). What the page looks like is asserted through the DOM, with
 * layout facts that fail when the CSS breaks, in {@link AccessibilityTest}.
 */
class PageScreenshotTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void the_demo_page_renders_to_a_screenshot_in_chromium() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "headless Chromium test skipped: /usr/bin/chromium is not installed");
    CommandRun demo = CommandRun.run("demo", dir.resolve("demo").toString());
    assertThat(demo.exitCode()).as(demo.describe()).isZero();
    Path screenshot = dir.resolve("demo.png");

    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + Files.createDirectory(dir.resolve("profile")),
        "--screenshot=" + screenshot, "--window-size=1200,1600",
        dir.resolve("demo/index.html").toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();

    assertThat(screenshot).as(Files.readString(dir.resolve("chromium.log"))).isNotEmptyFile();
    BufferedImage image = ImageIO.read(screenshot.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(inkShare(image)).as("share of the page covered by something").isBetween(0.03, 0.9);
    String keep = System.getProperty("roundtable.screenshot");
    if (keep != null && !keep.isBlank()) {
      Files.copy(screenshot, Path.of(keep), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The share of pixels that differ from the most common (background) colour's brightness. */
  private static double inkShare(BufferedImage image) {
    int background = image.getRGB(image.getWidth() - 2, image.getHeight() / 2) & 0xffffff;
    long ink = 0;
    long all = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        all++;
        if ((image.getRGB(x, y) & 0xffffff) != background) {
          ink++;
        }
      }
    }
    return (double) ink / all;
  }
}
