package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
      question.answers().forEach(a -> answers.add(a.toBuilder().build()));
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
      for (Answer answer : question.answers()) {
        all.add(answer);
        all.add(answer.contributor());
        all.add(answer.body());
        all.addAll(answer.body().blocks());
        answer.image().ifPresent(all::add);
        all.addAll(answer.relatedLinks());
      }
    }

    assertThat(all).as("seed %d", seed)
        .allSatisfy(o -> assertThat(o.toString()).hasSizeLessThan(300));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void linksEveryAnswerToTheOthersOrToItsOwnLinks(long seed) {
    Question question = new RandomModels(seed).question("q", 1 + (int) (seed % 6));
    for (Answer answer : question.answers()) {
      List<RelatedLink> links = question.relatedLinksFor(answer);

      if (answer.relatedLinks().isEmpty()) {
        long others = question.answers().stream()
            .filter(a -> a != answer && a.url().isPresent()).count();
        assertThat(links).as("seed %d, answer %s", seed, answer.id()).hasSize((int) others)
            .noneMatch(l -> l.title().equals(answer.headline()) && answer.url().isPresent()
                && l.url().equals(answer.url().get()));
      } else {
        assertThat(links).as("seed %d, answer %s", seed, answer.id())
            .isEqualTo(answer.relatedLinks());
      }
    }
  }
}
