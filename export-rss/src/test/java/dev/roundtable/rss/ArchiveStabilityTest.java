package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.RandomModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Full archives never change as answers are added: for a seeded random feed of N answers
 * (RandomModels: arbitrary Unicode, random dates, some shared), archives of a random size are
 * built, M newer answers are added and the archives rebuilt; every archive that was full is
 * byte-identical, in all three formats, and each new build is valid (the validator's rules,
 * ROME) with as many entries as its full archives hold answers. The seed is in every message.
 */
class ArchiveStabilityTest {
  static Stream<Long> seeds() {
    return RandomModels.seeds(40);
  }

  /** N + M random answers oldest first, each with its own URL. */
  private static List<Answer> answers(RandomModels random, int count) {
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Answer answer = random.answer("a" + i);
      if (i > 0 && random.random().nextInt(5) == 0) { // a shared publication time
        java.time.Instant shared = answers.get(i - 1).publishedAt();
        answer = answer.toBuilder().publishedAt(shared)
            .updatedAt(answer.updatedAt().filter(u -> !u.isBefore(shared)).orElse(null)).build();
      }
      answers.add(answer.toBuilder().url("https://example.com/answers/" + i).build());
    }
    answers.sort(FeedArchives.OLDEST_FIRST);
    return answers;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFullArchiveKeepsItsBytesWhenNewerAnswersCome(long seed) {
    RandomModels random = new RandomModels(seed);
    Random choice = random.random();
    int pageSize = 1 + choice.nextInt(6);
    int before = choice.nextInt(30);
    List<Answer> after = answers(random, before + 1 + choice.nextInt(20));
    List<Answer> earlier = after.subList(0, before);
    String what = "seed " + seed + ", pages of " + pageSize + ", " + before + " then "
        + after.size() + " answers";
    for (String format : List.of("rss", "atom", "json")) {
      FeedArchives archives = Pages.archives(format, pageSize);
      long full = archives.archiveCount(earlier.size());
      for (int k = 1; k <= full; k++) {
        assertThat(archives.archiveBytes(k, after)).as(what + ", " + format + " archive " + k)
            .isEqualTo(archives.archiveBytes(k, earlier));
      }
      if (!format.equals("json")) {
        validAndComplete(format, archives, after, what);
      }
    }
  }

  private static void validAndComplete(String format, FeedArchives archives,
      List<Answer> oldestFirst, String what) {
    int entries = 0;
    for (int k = 1; k <= archives.archiveCount(oldestFirst.size()); k++) {
      byte[] xml = archives.archiveBytes(k, oldestFirst);
      String self = archives.url(k).toString();
      List<String> problems = format.equals("rss") ? FeedValidatorRules.rss(xml, self, true)
          : FeedValidatorRules.atom(xml, self, true);
      assertThat(problems).as(what + ", " + format + " archive " + k).isEmpty();
      assertThat(FeedHistoryRules.of(xml, self)).as(what + ", archive " + k).isEmpty();
      entries += Fixtures.parseRome(xml).getEntries().size();
    }
    assertThat(entries).as(what + ": archived answers")
        .isEqualTo(archives.archiveCount(oldestFirst.size()) * archives.pageSize());
  }
}
