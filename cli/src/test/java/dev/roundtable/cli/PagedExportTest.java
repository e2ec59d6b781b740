package dev.roundtable.cli;

import static dev.roundtable.cli.CommandRun.example;
import static dev.roundtable.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.MentoringExample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export --page-size N --page K}: one page of a paged feed (the example has 8 answers). */
class PagedExportTest {
  private static final String BASE = MentoringExample.BASE;

  @TempDir Path dir;

  private String input() throws Exception {
    return Files.write(dir.resolve("mentoring.json"), example()).toString();
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @Test
  void page_two_of_three_links_to_its_neighbours_by_file_name() throws Exception {
    CommandRun run = run("export", "--format", "atom", "--base-url", BASE, "--page-size", "3",
        "--page", "2", "--out", dir.resolve("atom-2.xml").toString(), input());

    assertThat(run.exitCode()).as(run.describe()).isZero();
    String atom = Files.readString(dir.resolve("atom-2.xml"));
    assertThat(atom).contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"" + BASE
        + "atom-2.xml\"/>", "<link rel=\"first\" href=\"" + BASE + "atom.xml\"/>",
        "<link rel=\"previous\" href=\"" + BASE + "atom.xml\"/>",
        "<link rel=\"next\" href=\"" + BASE + "atom-3.xml\"/>",
        "<link rel=\"last\" href=\"" + BASE + "atom-3.xml\"/>");
    assertThat(count(atom, "<entry>")).isEqualTo(3);
  }

  @Test
  void an_out_file_not_named_for_its_page_is_a_usage_error_and_nothing_is_written()
      throws Exception {
    Path out = dir.resolve("atom-p2.xml");

    CommandRun run = run("export", "--format", "atom", "--base-url", BASE, "--page-size", "3",
        "--page", "2", "--out", out.toString(), input());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.USAGE);
    assertThat(run.err()).startsWith("roundtable export: --out must name page 2 as NAME-2.xml"
        + " (page 1 is NAME.xml), so that its self link is where it is published; was");
    assertThat(out).doesNotExist();
  }

  @Test
  void page_size_alone_writes_the_first_page() {
    CommandRun run = CommandRun.runWithInput(example(), "export", "--format", "rss",
        "--base-url", BASE, "--page-size", "3");

    assertThat(run.exitCode()).as(run.describe()).isZero();
    String rss = run.outText();
    assertThat(count(rss, "<item>")).isEqualTo(3);
    assertThat(rss).contains("<atom:link rel=\"next\" href=\"" + BASE + "rss-2.xml\"/>")
        .doesNotContain("rel=\"previous\"");
  }

  @Test
  void the_last_json_feed_page_has_no_next_url_and_the_pages_hold_every_answer() {
    List<String> ids = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      CommandRun run = CommandRun.runWithInput(example(), "export", "--format", "jsonfeed",
          "--base-url", BASE, "--page-size", "3", "--page", Integer.toString(page));
      assertThat(run.exitCode()).as(run.describe()).isZero();
      assertThat(run.outText().contains("\"next_url\":\"" + BASE + "feed-" + (page + 1)
          + ".json\"")).as(run.outText()).isEqualTo(page < 3);
      java.util.regex.Matcher id = java.util.regex.Pattern.compile("\\{\"id\":\"([^\"]+)\"")
          .matcher(run.outText());
      while (id.find()) {
        ids.add(id.group(1));
      }
    }
    assertThat(ids).hasSize(8).doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--page-size 3 --page 4|--page must be from 1 to 3: 8 answers make 3 pages of 3, was 4",
      "--page-size 0|Invalid value for option '--page-size': must be at least 1, was 0",
      "--page-size 3 --page 0|Invalid value for option '--page': must be at least 1, was 0",
      "--page 2|--page needs --page-size N",
      "--page-size 3 --limit 2|--page-size cannot be combined with --limit",
  })
  void a_page_out_of_range_or_without_a_size_is_a_usage_error(String options, String message)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("export", "--format", "rss", "--base-url",
        BASE));
    args.addAll(List.of(options.split(" ")));
    args.add(input());
    CommandRun run = run(args.toArray(String[]::new));

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.USAGE);
    assertThat(run.err().lines().findFirst().orElseThrow()).as(run.err())
        .startsWith("roundtable export: " + message).doesNotContain("\n");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void only_feeds_have_pages() throws Exception {
    CommandRun run = run("export", "--format", "json", "--page-size", "2", input());

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(Roundtable.USAGE);
    assertThat(run.err()).startsWith("roundtable export: --page-size is for the feed formats");
  }
}
