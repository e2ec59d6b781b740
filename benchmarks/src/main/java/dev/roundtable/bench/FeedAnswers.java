package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.rss.Channel;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Answers for the feed benchmarks: copies of the bundled example's featured answer (six blocks
 * of rich text, an image, two topics) with their own id, URL and date, newest first.
 */
final class FeedAnswers {
  private static final Answer TEMPLATE = MentoringExample.featured();
  private static final Instant NEWEST = TEMPLATE.publishedAt();

  private FeedAnswers() {}

  /** The channel every feed benchmark writes. */
  static Channel channel(String extension) {
    return Channel.builder()
        .title("MPW Insider")
        .link(MentoringExample.BASE)
        .description("Leaders answer readers' questions on careers and leadership.")
        .selfUrl(MentoringExample.BASE + "feed." + extension)
        .language("en")
        .generator("Roundtable")
        .build();
  }

  /** Answer {@code i}: one minute older than answer {@code i - 1}. */
  static Answer answer(int i) {
    return TEMPLATE.toBuilder()
        .id("answer-" + i)
        .url(MentoringExample.BASE + "answers/" + i)
        .publishedAt(NEWEST.minusSeconds(60L * i))
        .build();
  }

  /** The bundled example's question with answers 0 to n-1 instead of its own. */
  static Question question(int n) {
    Question.Builder question = MentoringExample.question().toBuilder().answers(List.of());
    for (int i = 0; i < n; i++) {
      question.answer(answer(i));
    }
    return question.build();
  }

  /** Answers 0 to n-1, each built when pulled, so that n can exceed the heap. */
  static Iterator<Answer> stream(long n) {
    return LongStream.range(0, n).mapToObj(i -> answer((int) i)).iterator();
  }
}
