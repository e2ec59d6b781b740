package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's quick start, copied literally, so that it cannot rot. */
class ReadmeQuickStartTest {

  @Test
  void buildsTheSeedQuestionWithTwoAnswers() {
    // --- README quick start, verbatim ---
    Contributor jenni = Contributor.of("Jenni Luke", "CEO", "Step Up");
    Contributor gay = Contributor.of("Gay Gaddis", "CEO and founder", "T3");
    Answer featured = Answer.builder().id("jenni-luke").contributor(jenni)
        .headline("Why mentoring is unlike any other professional relationship")
        .url("https://example.com/insider/jenni-luke")
        .publishedAt(Instant.parse("2015-05-07T18:15:00Z"))
        .body("A good mentorship asks both people to be open.", "Growth is rarely a straight line.")
        .build();
    Answer qualities = Answer.builder().id("gay-gaddis").contributor(gay)
        .headline("What qualities should you look for in a mentor?")
        .url("https://example.com/insider/gay-gaddis")
        .publishedAt(Instant.parse("2015-05-02T14:00:00Z")).body("Look for candour and time.").build();
    Question question = Question.builder().id("why-have-a-mentor").series(Series.named("MPW Insider"))
        .text("Why is it important to have a mentor?").answer(qualities).answer(featured).build();
    Document document = Document.of(question);   // what the JSON format and the exporters take
    featured.byline().text();                    // "Jenni Luke, CEO of Step Up"
    RelatedLink other = question.relatedLinksFor(featured).get(0);   // one link per other answer
    other.title();                               // "What qualities should you look for in a mentor?"
    other.url().toString();                      // "https://example.com/insider/gay-gaddis"
    // --- end of quick start ---

    assertThat(document.questions()).containsExactly(question);
    assertThat(featured.byline().text()).isEqualTo("Jenni Luke, CEO of Step Up");
    assertThat(other.title()).isEqualTo("What qualities should you look for in a mentor?");
    assertThat(other.url().toString()).isEqualTo("https://example.com/insider/gay-gaddis");
    List<RelatedLink> links = question.relatedLinksFor(featured);
    assertThat(links).containsExactly(RelatedLink.of(
        "What qualities should you look for in a mentor?",
        "https://example.com/insider/gay-gaddis", gay));
    assertThat(question.answers()).containsExactly(qualities, featured);
  }

  @Test
  void rejectsAJavascriptUrlAsTheReadmeSays() {
    Rejections.assertRejected(() -> Url.of("javascript:alert(1)"), "url", "is not allowed");
  }

  @Test
  void matchesTheReadmeWordForWord() throws IOException {
    assertThat(ReadmeSnippets.readme()).contains(ReadmeSnippets.codeBlock(
        Path.of("src/test/java/dev/roundtable/model/ReadmeQuickStartTest.java"),
        "// --- README quick start, verbatim ---", "// --- end of quick start ---"));
  }
}
