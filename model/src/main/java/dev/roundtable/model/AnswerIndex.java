package dev.roundtable.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A question's answers by id, and the positions of those with a URL, built with the question:
 * finding an answer takes constant time and deriving its related links time proportional to
 * how many are asked for, however many answers the question has. Immutable but for the related
 * link to each answer, made on first use (a cache, like {@code String}'s hash): threads racing
 * to make one each make an equal, immutable link, so the index is thread-safe without locks.
 */
final class AnswerIndex {
  private final List<Answer> answers;
  private final Map<String, Integer> positions;
  /** The positions of the answers with a URL, ascending. */
  private final int[] linked;
  /** The related link to each answer of {@link #linked}, once made. */
  private final RelatedLink[] links;

  AnswerIndex(List<Answer> answers) {
    this.answers = answers;
    this.positions = new HashMap<>(Math.max(16, answers.size() * 4 / 3 + 1));
    int[] withUrl = new int[answers.size()];
    int count = 0;
    for (int i = 0; i < answers.size(); i++) {
      Answer answer = answers.get(i);
      positions.putIfAbsent(answer.id(), i);
      if (answer.url().isPresent()) {
        withUrl[count++] = i;
      }
    }
    this.linked = Arrays.copyOf(withUrl, count);
    this.links = new RelatedLink[count];
  }

  /** The position of the answer with this id, or -1 when there is none. */
  int position(String id) {
    return positions.getOrDefault(id, -1);
  }

  /** Links to the other answers with a URL, as {@link Question#relatedLinksFor(Answer, int)}. */
  List<RelatedLink> nearest(int position, int max) {
    int found = Arrays.binarySearch(linked, position);
    int before = found >= 0 ? found : -found - 1; // answers with a URL before this one
    int self = found >= 0 ? 1 : 0;
    int others = linked.length - self;
    int count = Math.min(max, others);
    int first = Math.max(0, Math.min(before - max / 2, others - count));
    RelatedLink[] out = new RelatedLink[count];
    for (int i = 0; i < count; i++) {
      int other = first + i;
      out[i] = link(other < before ? other : other + self);
    }
    return List.of(out);
  }

  /** The related link to the answer at {@code linked[i]}: its headline, URL and contributor. */
  private RelatedLink link(int i) {
    RelatedLink link = links[i];
    if (link == null) {
      Answer answer = answers.get(linked[i]);
      link = new RelatedLink(answer.headline(), answer.url().get(), answer.contributor());
      links[i] = link;
    }
    return link;
  }
}
