package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What a reader sees once on a page: one top heading, and no line repeated over every article. */
class PageStructureTest {
  private static Document page(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "export";
    args[1] = "--format";
    args[2] = "page";
    System.arraycopy(options, 0, args, 3, options.length);
    CommandRun run = CommandRun.runWithInput(CommandRun.example(), args);
    assertThat(run.exitCode()).as(run.describe()).isZero();
    return Jsoup.parse(run.outText());
  }

  @Test
  void a_panels_page_has_the_question_as_its_only_h1_and_no_intro_line_above_each_article() {
    Document page = page();

    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.selectFirst("h1").text()).isEqualTo("Why is it important to have a mentor?");
    assertThat(page.select(".rt-intro")).isEmpty();
    assertThat(page.select("article.rt-answer")).hasSize(8);
    for (Element article : page.select("article.rt-answer")) {
      assertThat(article.select(".rt-byline")).as(article.id()).hasSize(1);
    }
  }

  @Test
  void a_panels_page_has_the_questions_head_and_its_json_ld_only_in_the_fragments() {
    Document page = page();

    assertThat(page.title()).isEqualTo("Why is it important to have a mentor? · MPW Insider");
    assertThat(page.select("meta[property=og:url]").attr("content"))
        .isEqualTo("https://example.com/insider/why-have-a-mentor");
    assertThat(page.select("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
    assertThat(page.select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://example.com/images/jenni-luke-16x9.jpg");
    assertThat(page.head().select("script")).isEmpty();
    assertThat(page.select("body script[type=application/ld+json]")).hasSize(9);
  }

  @Test
  void the_page_of_one_answer_has_the_answers_head() {
    Document page = page("--answer", "jenni-luke");

    assertThat(page.title())
        .isEqualTo("Why mentoring is unlike any other professional relationship · MPW Insider");
    assertThat(page.select("meta[property=og:image]").attr("content"))
        .isEqualTo("https://example.com/images/jenni-luke-16x9.jpg");
    assertThat(page.select("meta[property=og:site_name]").attr("content"))
        .isEqualTo("Example Magazine");
    assertThat(page.select("meta[name=fediverse:creator]").attr("content"))
        .isEqualTo("@jenniluke@social.example.com");
    assertThat(page.select("meta[name=twitter:card]").attr("content"))
        .isEqualTo("summary_large_image");
    assertThat(page.head().select("meta[name=generator], meta[name=viewport], style"))
        .hasSize(3);
  }

  @Test
  void a_page_of_several_questions_has_the_title_option_and_no_page_metadata() {
    CommandRun run = CommandRun.runWithInput(CommandRun.resource("two-questions.json"),
        "export", "--format", "page", "--title", "Two <questions>");
    assertThat(run.exitCode()).as(run.describe()).isZero();
    Document page = Jsoup.parse(run.outText());

    assertThat(page.title()).isEqualTo("Two <questions>");
    assertThat(page.select("meta[property], link[rel=canonical]")).isEmpty();
  }

  @Test
  void the_page_of_one_answer_has_its_headline_as_the_h1_and_one_intro_line() {
    Document page = page("--answer", "jenni-luke");

    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.selectFirst("h1").text())
        .isEqualTo(page.selectFirst("article.rt-answer .rt-headline").text());
    assertThat(page.select(".rt-intro")).hasSize(1);
  }
}
