package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stream of answers has no document to reject duplicates in, so the writers refuse an item
 * whose id (RSS {@code guid}, Atom {@code id}, JSON Feed {@code id}) an earlier item of the same
 * feed has: readers take the two for one item and show one of them.
 */
class DuplicateIdsTest {
  private static final Answer FIRST = MentoringExample.featured();

  static Stream<FeedWriter> writers() {
    Channel base = Fixtures.channel("rss").toBuilder().baseUrl(MentoringExample.BASE).build();
    return Stream.of(RssFeedWriter.of(base), AtomFeedWriter.of(base.toBuilder()
        .selfUrl(MentoringExample.BASE + "feed.atom").build()), JsonFeedWriter.of(base));
  }

  private static Answer answer(String id, int minutesOlder) {
    return FIRST.toBuilder().id(id).publishedAt(FIRST.publishedAt().minusSeconds(60L * minutesOlder))
        .build();
  }

  private static void assertRefused(FeedWriter writer, List<Answer> answers, int index,
      String id) {
    assertThatThrownBy(() -> writer.write(answers, OutputStream.nullOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answers[" + index + "]: ")
        .hasMessageContaining("\"" + id + "\"");
  }

  @ParameterizedTest
  @MethodSource("writers")
  void refusesTwoAnswersWithTheSameUrl(FeedWriter writer) {
    List<Answer> answers = List.of(answer("a", 0), answer("b", 1), answer("c", 2));
    assertRefused(writer, answers, 1, FIRST.url().orElseThrow().toString());
  }

  @ParameterizedTest
  @MethodSource("writers")
  void refusesALinkFromTheBaseUrlThatAnotherAnswerHasAsItsUrl(FeedWriter writer) {
    Answer linked = answer("x", 0).toBuilder().url(MentoringExample.BASE + "y").build();
    Answer based = answer("y", 1).toBuilder().url((String) null).build();
    assertRefused(writer, List.of(linked, based), 1, MentoringExample.BASE + "y");
  }

  @ParameterizedTest
  @MethodSource("writers")
  void refusesTwoSpellingsOfOneUrl(FeedWriter writer) {
    Answer plain = answer("a", 0).toBuilder().url("https://example.com/insider/a").build();
    Answer spelled = answer("b", 1).toBuilder().url("https://Example.com:443/insider/./a").build();
    assertRefused(writer, List.of(plain, spelled), 1, "https://example.com/insider/a");
  }

  @Test
  void refusesTheSameAnswerTwiceWithoutAnyUrl() {
    Answer bare = answer("same", 0).toBuilder().url((String) null).build();
    String tag = "tag:example.com,2015-05-07:same";
    for (FeedWriter writer : List.of(RssFeedWriter.of(Fixtures.channel("rss")),
        AtomFeedWriter.of(Fixtures.channel("atom")), JsonFeedWriter.of(Fixtures.channel("json")))) {
      assertRefused(writer, List.of(bare, answer("other", 1), bare), 2, tag);
    }
  }

  @Test
  void refusesAQuestionWhoseAnswersShareAUrl() {
    // the model refuses it before any feed sees it, naming both answers
    assertThatThrownBy(() -> MentoringExample.question().toBuilder()
        .answers(List.of(answer("a", 0), answer("b", 1))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("answers[1].url").hasMessageContaining("answers[0]");
  }

  @Test
  void acceptsAFeedOfDistinctIdsThatAreAlikeButForOneCharacter() {
    List<Answer> answers = IntStream.range(0, 5000)
        .mapToObj(i -> answer("a" + i, i).toBuilder()
            .url(MentoringExample.BASE + Integer.toString(i, 36) + "x").build())
        .toList();
    assertThat(RssFeedWriter.of(Fixtures.channel("rss")).toString(answers))
        .contains("<link>" + MentoringExample.BASE + Integer.toString(4999, 36) + "x</link>");
  }
}
