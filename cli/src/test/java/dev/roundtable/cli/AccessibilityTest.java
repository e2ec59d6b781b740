package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * axe-core (WCAG 2.2 A and AA rules and best practice) in a real browser, headless Chromium
 * driven by Selenium: zero violations on the demo page, on pages made from text-heavy fixtures
 * and on the HTML fragments embedded in a minimal host page; and the page's layout facts at a
 * phone's width. Skipped, with a message, where Debian's {@code chromium} and
 * {@code chromium-driver} are not installed ({@code .ci/run} installs them).
 */
class AccessibilityTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  /** The rule sets checked: every WCAG 2.0 to 2.2 A and AA rule, and axe's best practices. */
  static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
      "wcag22aa", "best-practice");

  private static ChromeDriver browser;
  @TempDir static Path dir;

  @BeforeAll
  static void startBrowser() {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "real-browser accessibility test skipped: install Debian's chromium and chromium-driver"
            + " (/usr/bin/chromium, /usr/bin/chromedriver) to run it");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
        "--allow-file-access-from-files");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().window().setSize(new Dimension(1200, 1000));
    // axe on a long page of a loaded 2-core machine takes more than Selenium's default 30 s
    browser.manage().timeouts().scriptTimeout(java.time.Duration.ofMinutes(3));
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** What axe finds on a page, one line per rule: id, impact, count and the first target. */
  static List<String> violations(Path page) {
    browser.manage().window().setSize(new Dimension(1200, 1000));
    browser.get(page.toUri().toString());
    Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
    assertThat(results.getErrorMessage()).as("axe ran").isNull();
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      found.add(rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size()
          + " nodes, e.g. " + rule.getNodes().get(0).getTarget() + "): " + rule.getHelp());
    }
    return found;
  }

  static Path write(String name, byte[] content) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, content);
    return file;
  }

  static Path page(String name, Document document, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("export", "--format", "page"));
    args.addAll(List.of(options));
    CommandRun run = CommandRun.runWithInput(RoundtableJson.defaults().toBytes(document),
        args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.describe()).isZero();
    return write(name, run.out());
  }

  @Test
  void the_demo_page_has_no_accessibility_violations() throws Exception {
    CommandRun demo = CommandRun.run("demo", dir.resolve("demo").toString());
    assertThat(demo.exitCode()).as(demo.describe()).isZero();

    assertThat(violations(dir.resolve("demo/index.html"))).isEmpty();
  }

  @Test
  void the_page_of_one_answer_has_no_accessibility_violations() throws Exception {
    Path page = page("one-answer.html", MentoringExample.document(), "--answer", "jenni-luke");

    assertThat(violations(page)).isEmpty();
  }

  @Test
  void a_page_of_a_question_with_a_single_answer_has_no_accessibility_violations()
      throws Exception {
    Question full = MentoringExample.question();
    Question single = full.toBuilder().answers(List.of(MentoringExample.featured())).build();

    assertThat(violations(page("single.html", Document.of(single)))).isEmpty();
  }

  @Test
  void a_page_of_many_long_answers_has_no_accessibility_violations() throws Exception {
    assertThat(violations(page("many.html", Document.of(TextHeavy.question(12, 8)))))
        .isEmpty();
  }

  static java.util.stream.Stream<Long> seeds() {
    return RandomModels.seeds(3);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void a_page_of_hostile_generated_text_has_no_accessibility_violations(long seed)
      throws Exception {
    Document document = new RandomModels(seed).document();

    assertThat(violations(page("hostile-" + seed + ".html", document)))
        .as("seed %d", seed).isEmpty();
  }

  @Test
  void every_fragment_inside_a_minimal_host_page_has_no_accessibility_violations()
      throws Exception {
    HtmlExporter html = HtmlExporter.defaults();
    Question question = MentoringExample.question();
    Answer answer = MentoringExample.featured();
    String host = "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
        + "<title>Host page</title></head>\n<body>\n<main>\n<h1>A host page</h1>\n"
        + html.intro(question, answer) + "\n" + html.answer(question, answer) + "\n"
        + html.related(question, answer) + "\n" + html.index(question) + "\n"
        + "</main>\n</body>\n</html>\n";

    assertThat(violations(write("host.html", host.getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
  }

  @Test
  void at_a_phones_width_the_page_has_no_horizontal_scroll_and_its_headline_is_visible()
      throws Exception {
    Path page = page("phone.html", Document.of(TextHeavy.question(8, 4)));
    browser.manage().window().setSize(new Dimension(375, 800));
    browser.get(page.toUri().toString());
    JavascriptExecutor js = browser;

    Object overflow = js.executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("pixels of horizontal overflow").isZero();
    Object headline = js.executeScript("var h = document.querySelector('h1');"
        + " var r = h.getBoundingClientRect();"
        + " return r.width > 0 && r.height > 0 && r.top >= 0 && r.top < window.innerHeight;");
    assertThat(headline).as("the page's h1 is on the first screen").isEqualTo(true);
  }

  @Test
  void on_a_wide_screen_the_answer_cards_stand_in_a_grid() throws Exception {
    Path page = page("grid.html", MentoringExample.document());
    browser.manage().window().setSize(new Dimension(1200, 1000));
    browser.get(page.toUri().toString());
    JavascriptExecutor js = browser;

    @SuppressWarnings("unchecked")
    List<Number> tops = (List<Number>) js.executeScript("return Array.from("
        + "document.querySelectorAll('.rt-answer-item')).map(e => e.getBoundingClientRect().top);");
    assertThat(tops).as("index cards").hasSizeGreaterThan(2);
    long rows = tops.stream().map(Number::intValue).distinct().count();
    assertThat(rows).as("rows of %d cards: at least two cards to a row", tops.size())
        .isLessThanOrEqualTo((tops.size() + 1) / 2);
  }
}
