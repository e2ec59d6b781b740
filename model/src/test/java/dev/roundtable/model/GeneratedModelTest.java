package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated-input tests over whole random documents full of hostile text. */
class GeneratedModelTest {

  static Stream<Long> seeds() {
    return RandomModels.seeds(100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatesTheSameDocumentForTheSameSeed(long seed) {
    assertThat(new RandomModels(seed).document()).as("seed %d", seed)
        .isEqualTo(new RandomModels(seed).document());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rebuildsEqualQuestionsAndAnswersFromTheirBuilders(long seed) {
    Document document = new RandomModels(seed).document();
    List<Question> rebuilt = new ArrayList<>();
    for (Question question : document.questions()) {
      List<Answer> answers = new ArrayList<>();
      question.answers().forEach(a -> answers.add(a.toBuilder()
          .contributor(a.contributor().toBuilder().build()).build()));
      rebuilt.add(question.toBuilder().answers(answers).build());
    }

    Document copy = new Document(rebuilt);

    assertThat(copy).as("seed %d", seed).isEqualTo(document).hasSameHashCodeAs(document);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void describesEveryObjectShortly(long seed) {
    Document document = new RandomModels(seed).document();
    List<Object> all = new ArrayList<>(List.of(document));
    for (Question question : document.questions()) {
      all.add(question);
      question.series().ifPresent(all::add);
      question.series().flatMap(Series::publisher).ifPresent(all::add);
      for (Answer answer : question.answers()) {
        all.add(answer);
        all.add(answer.contributor());
        answer.contributor().image().ifPresent(all::add);
        all.add(answer.body());
        all.addAll(answer.body().blocks());
        answer.image().ifPresent(all::add);
        all.addAll(answer.relatedLinks());
      }
    }

    assertThat(all).as("seed %d", seed)
        .allSatisfy(o -> assertThat(o.toString()).hasSizeLessThan(300));
  }

  /** A fault that breaks one rule of an answer: the field it names, and how to make it. */
  private record Fault(String field, UnaryOperator<Answer.Builder> inject) {}

  private static final List<Fault> ANSWER_FAULTS = List.of(
      new Fault("id", b -> b.id(".")),
      new Fault("headline", b -> b.headline("\u2003")),
      new Fault("publishedAt", b -> b.publishedAt(null)),
      new Fault("contributor", b -> b.contributor(null)),
      new Fault("summary", b -> b.summary(" ")),
      new Fault("topics[0]", b -> b.topics(List.of(""))),
      new Fault("body", b -> b.body((Body) null)));

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void reportsEveryFaultInjectedIntoAnAnswer(long seed) {
    RandomModels random = new RandomModels(seed);
    Answer.Builder b = random.answer("a").toBuilder();
    List<String> expected = new ArrayList<>();
    for (Fault fault : ANSWER_FAULTS) {
      if (random.random().nextBoolean()) {
        fault.inject().apply(b);
        expected.add(fault.field());
      }
    }
    if (expected.isEmpty()) {
      ANSWER_FAULTS.get(0).inject().apply(b);
      expected.add(ANSWER_FAULTS.get(0).field());
    }

    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, b::build);

    assertThat(e).as("seed %d: %s", seed, expected).isNotNull();
    assertThat(e.violations()).as("seed %d", seed).extracting(InvalidModelException::field)
        .containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void linksEveryAnswerToTheNearestOthersOrToItsOwnLinks(long seed) {
    RandomModels random = new RandomModels(seed);
    Question question = random.question("q", 1 + random.random().nextInt(seed % 4 == 0 ? 40 : 6));
    int max = random.random().nextInt(15);
    for (Answer answer : question.answers()) {
      List<RelatedLink> links = question.relatedLinksFor(answer, max);

      String what = "seed " + seed + ", max " + max + ", answer " + answer.id();
      if (answer.relatedLinks().isEmpty()) {
        assertThat(links).as(what).isEqualTo(nearest(question, answer, max))
            .noneMatch(l -> l.title().equals(answer.headline()) && answer.url().isPresent()
                && l.url().equals(answer.url().get()));
      } else {
        assertThat(links).as(what).isEqualTo(answer.relatedLinks());
      }
    }
  }

  /**
   * The oracle: the other answers with a URL, ranked by how many such answers lie between them
   * and this one (a later one first on a tie), the first {@code max} taken, in publication order.
   */
  private static List<RelatedLink> nearest(Question question, Answer answer, int max) {
    List<Answer> others = new ArrayList<>();
    int before = 0;
    for (Answer other : question.answers()) {
      if (other == answer) {
        before = others.size();
      } else if (other.url().isPresent()) {
        others.add(other);
      }
    }
    int self = before;
    List<Integer> ranked = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      ranked.add(i);
    }
    ranked.sort(Comparator.<Integer>comparingInt(i -> i < self ? self - i : i - self + 1)
        .thenComparing(Comparator.reverseOrder()));
    List<RelatedLink> links = new ArrayList<>();
    ranked.subList(0, Math.min(max, ranked.size())).stream().sorted().map(others::get)
        .forEach(a -> links.add(new RelatedLink(a.headline(), a.url().get(), a.contributor())));
    return links;
  }
}
