package dev.roundtable.model;

import java.time.Instant;
import java.util.List;

/**
 * The bundled example: the "MPW Insider" question "Why is it important to have a mentor?", the
 * answer by Jenni Luke and the seven other panellists' answers, as in the seed page. Names,
 * roles, organizations, headlines, the date of the featured answer and the photo credit are
 * facts from the seed; the bodies are short texts of our own, the other answers' dates are
 * illustrative, the publisher ("Example Magazine": the seed does not name the magazine), its
 * logo, the crops of the photograph and Jenni Luke's other profiles are made up, and every URL
 * is under https://example.com/. {@code examples/mentoring.json} is
 * the same question in the JSON format.
 */
public final class MentoringExample {
  /** Base of every URL in the example. */
  public static final String BASE = "https://example.com/insider/";

  private MentoringExample() {}

  /**
   * The example as a document of one question.
   *
   * @return the document
   */
  public static Document document() {
    return Document.of(question());
  }

  /**
   * The example question with its eight answers, the featured one last.
   *
   * @return the question
   */
  public static Question question() {
    return Question.builder()
        .id("why-have-a-mentor")
        .text("Why is it important to have a mentor?")
        .url(BASE + "why-have-a-mentor")
        .series(Series.of("MPW Insider",
            "A column in which leaders from business and beyond take readers' questions on"
                + " careers and leadership.",
            BASE).withPublisher(Publisher.of("Example Magazine", "https://example.com/")
                .withLogo(Image.of("https://example.com/images/logo.png", "Example Magazine")
                    .withSize(512, 512))))
        .topics(List.of("Leadership", "Careers"))
        .answers(List.of(
            other("beth-brooke-marciniak", "Why you don’t need a mentor to be successful",
                Contributor.builder("Beth Brooke-Marciniak")
                    .affiliation("Global Vice Chair of Public Policy at Ernst & Young").build(),
                "2015-05-01T14:00:00Z",
                "Plenty of careers have thrived without one formal mentor. Learning from many"
                    + " people, in many small moments, can matter more."),
            other("gay-gaddis", "What qualities should you look for in a mentor?",
                Contributor.of("Gay Gaddis", "CEO and founder", "T3"),
                "2015-05-02T14:00:00Z",
                "Look for candour, curiosity and time: a mentor who tells you what you need to"
                    + " hear and makes room to say it."),
            other("camille-preston", "4 things to consider before choosing a mentor",
                Contributor.of("Camille Preston", "founder", "AIM Leadership"),
                "2015-05-03T14:00:00Z",
                "Know what you want to learn, who has already learned it, how you will meet,"
                    + " and what you can offer in return."),
            other("kathy-bloomgarden", "The most important quality a mentor should have",
                Contributor.of("Kathy Bloomgarden", "CEO", "Ruder Finn"),
                "2015-05-04T14:00:00Z",
                "The best mentors listen first. Advice lands only when it answers the question"
                    + " you are really asking."),
            other("alyse-nelson", "Why women are more likely to be mentors",
                Contributor.of("Alyse Nelson", "CEO and co-founder",
                    "Vital Voices Global Partnership"),
                "2015-05-05T14:00:00Z",
                "Women who had to find their own way often want to make the road easier for"
                    + " those who follow."),
            other("sally-blount", "3 reasons every employee needs a mentor",
                Contributor.of("Sally Blount", "Dean",
                    "Northwestern University’s Kellogg School of Management"),
                "2015-05-06T14:00:00Z",
                "A mentor widens your view, tests your thinking and vouches for you in rooms"
                    + " you are not yet in."),
            other("allie-kline", "Why this AOL executive chooses her mentors — wisely",
                Contributor.of("Allie Kline", "CMO", "AOL, Inc."),
                "2015-05-06T20:00:00Z",
                "Choose mentors for the gaps in your experience, not for the comfort of"
                    + " agreement."),
            featured()))
        .build();
  }

  /**
   * The featured answer, by Jenni Luke, CEO of Step Up, published 7 May 2015 at 18:15 UTC.
   *
   * @return the answer
   */
  public static Answer featured() {
    return Answer.builder()
        .id("jenni-luke")
        .headline("Why mentoring is unlike any other professional relationship")
        .url(BASE + "why-mentoring-is-unlike-any-other-professional-relationship")
        .publishedAt(Instant.parse("2015-05-07T18:15:00Z"))
        .contributor(Contributor.builder("Jenni Luke").role("CEO").organization("Step Up")
            .url("https://example.com/people/jenni-luke")
            .image(Image.of("https://example.com/images/jenni-luke-1x1.jpg",
                "Portrait of Jenni Luke").withSize(1200, 1200))
            .sameAs("https://social.example.com/@jenniluke")
            .fediverse("@jenniluke@social.example.com").build())
        .summary("The CEO of Step Up on why a mentorship works only when both people are"
            + " willing to be open.")
        .image(Image.of("https://example.com/images/jenni-luke.jpg", "Portrait of Jenni Luke")
            .withCredit("Photograph by Maya Myers").withSize(1200, 800).withCrops(
                Crop.of(AspectRatio.WIDE, "https://example.com/images/jenni-luke-16x9.jpg",
                    1200, 675),
                Crop.of(AspectRatio.STANDARD, "https://example.com/images/jenni-luke-4x3.jpg",
                    1200, 900),
                Crop.of(AspectRatio.SQUARE, "https://example.com/images/jenni-luke-1x1.jpg",
                    1200, 1200)))
        .topics(List.of("Mentoring", "Leadership"))
        .body(Body.of(
            Paragraph.of("A mentor gives a kind of guidance that no manager, client or peer can"
                + " give, and it works only when both people are prepared to be open."),
            Heading.of(2, "Growth is not a straight line"),
            Paragraph.of(new Text("Every career has good seasons and hard ones. A mentor can say"
                + " that setbacks are "), new Emphasis(List.of(new Text("normal"))),
                new Text("; a mentee has to be willing to talk about them.")),
            Heading.of(2, "Leading is mentoring in public"),
            ListBlock.of(false,
                "Share where you want to go.",
                "Name the risks and what you do not know.",
                "Ask others to help you get there."),
            Paragraph.of(new Text("Each of those steps takes "),
                new Strong(List.of(new Text("courage"))),
                new Text(", and each one teaches something, whether it succeeds or not. Read "),
                Link.of(BASE + "why-have-a-mentor", "the other answers"),
                new Text(" to the question."))))
        .build();
  }

  private static Answer other(String id, String headline, Contributor contributor,
      String publishedAt, String body) {
    return Answer.builder()
        .id(id)
        .headline(headline)
        .url(BASE + id)
        .publishedAt(Instant.parse(publishedAt))
        .contributor(contributor)
        .body(body)
        .build();
  }
}
