package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Image;
import dev.roundtable.model.Question;
import dev.roundtable.model.Series;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Questions of a column with panels of eight answers, every answer an article of its own: a
 * headline, a contributor with a role and an organization (or an affiliation), a summary, one
 * to three topics, an image in some, and a body of 400 to 900 words ({@link ArticleBody}),
 * every string and every object built afresh. Questions take their scripts in turn; a quarter
 * of the answers have emoji. Generated from a seed, so the same seed gives equal corpora.
 */
final class RealisticCorpus {
  /** Answers to each question. */
  static final int PANEL = 8;
  private static final Instant NEWEST = Instant.parse("2025-06-02T09:30:00Z");

  private RealisticCorpus() {}

  /**
   * The questions of a corpus, newest first, their answers newest first.
   *
   * @param answers how many answers in all, a multiple of {@link #PANEL}
   * @param seed the seed of every choice
   * @param scripts the scripts that the questions take in turn
   * @return the questions
   */
  static List<Question> questions(int answers, long seed, List<Script> scripts) {
    if (answers % PANEL != 0 || scripts.isEmpty()) {
      throw new IllegalArgumentException(answers + " answers in panels of " + PANEL);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Question> questions = new ArrayList<>(answers / PANEL);
    Instant published = NEWEST;
    for (int q = 0; q < answers / PANEL; q++) {
      Vocabulary words = scripts.get(q % scripts.size()).vocabulary();
      Prose prose = new Prose(words, random, false);
      String base = "https://example.com/" + words.language() + "/";
      List<Answer> panel = new ArrayList<>(PANEL);
      for (int a = 0; a < PANEL; a++) {
        published = published.minus(Duration.ofMinutes(prose.between(5, 180)));
        int n = q * PANEL + a;
        panel.add(answer(new Prose(words, random, prose.chance(0.25)), words, n, base,
            published));
      }
      questions.add(Question.builder()
          .id(words.language() + "-question-" + q)
          .text(prose.question())
          .url(base + "questions/" + q)
          .series(Series.of(words.series(), prose.sentence(10, 20).strip(), base))
          .topics(topics(prose, words, 2))
          .askedAt(published.minus(Duration.ofDays(2)))
          .answers(panel)
          .build());
    }
    return List.copyOf(questions);
  }

  private static Answer answer(Prose prose, Vocabulary words, int n, String base,
      Instant published) {
    Answer.Builder answer = Answer.builder()
        .id(prose.language() + "-answer-" + n)
        .headline(prose.headline())
        .url(base + "answers/" + n)
        .publishedAt(published)
        .contributor(contributor(prose, words, n))
        .summary(prose.sentence(12, 28).strip())
        .topics(topics(prose, words, 3))
        .body(ArticleBody.of(prose));
    if (prose.chance(0.3)) {
      answer.updatedAt(published.plus(Duration.ofHours(prose.between(1, 72))));
    }
    if (prose.chance(0.4)) {
      Image image = Image.of(base + "images/" + n + ".jpg", prose.phrase(4, 10))
          .withSize(1200, prose.chance(0.5) ? 800 : 675);
      answer.image(prose.chance(0.7) ? image.withCredit(words.photo() + " " + prose.name())
          : image);
    }
    return answer.build();
  }

  private static Contributor contributor(Prose prose, Vocabulary words, int n) {
    Contributor.Builder who = Contributor.builder(prose.name());
    String role = prose.pick(words.roles());
    String organization = prose.pick(words.organizations());
    double kind = prose.fraction();
    if (kind < 0.25) {
      who.affiliation(String.format(words.affiliation(), role, organization));
    } else if (kind < 0.85) {
      who.role(role).organization(organization);
    } else if (kind < 0.95) {
      who.role(role);
    }
    if (prose.chance(0.5)) {
      who.url("https://example.com/people/" + n);
    }
    if (prose.chance(0.3)) {
      who.imageUrl("https://example.com/people/" + n + ".jpg");
    }
    return who.build();
  }

  private static List<String> topics(Prose prose, Vocabulary words, int most) {
    Set<String> topics = new LinkedHashSet<>();
    int n = prose.between(1, most);
    while (topics.size() < n) {
      topics.add(prose.pick(words.topics()));
    }
    return List.copyOf(topics);
  }
}
