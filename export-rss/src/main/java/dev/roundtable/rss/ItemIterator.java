package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The items of one feed being written, pulled from the answers one at a time: the first can be
 * looked at before writing starts (its date is the feed's date, see {@link #updated()}), the
 * channel's item limit stops the pulling, and an item whose id repeats an earlier one's is
 * refused ({@link SeenIds}). Not thread-safe: one per write.
 */
final class ItemIterator implements Iterator<Item> {
  private final Channel channel;
  private final Iterator<? extends Answer> answers;
  private final ItemIds ids;
  private final SeenIds seen = new SeenIds();
  private Answer peeked;
  private int index;

  ItemIterator(Channel channel, Iterator<? extends Answer> answers) {
    this.channel = channel;
    this.answers = Objects.requireNonNull(answers, "answers");
    this.ids = new ItemIds(channel);
  }

  /** The feed's date: the latest of the channel's and the first answer's, or null for neither. */
  Instant updated() {
    Instant updated = channel.updated().orElse(null);
    Answer first = hasNext() ? peeked : null;
    if (first != null && (updated == null || first.lastModified().isAfter(updated))) {
      updated = first.lastModified();
    }
    return updated;
  }

  /** Whether an answer is left before the channel's limit; pulls it, to look at it. */
  @Override
  public boolean hasNext() {
    if (peeked == null && index < channel.maxItems() && answers.hasNext()) {
      Answer next = answers.next();
      if (next == null) {
        throw new IllegalArgumentException("answers[" + index + "]: must not be null");
      }
      peeked = next;
    }
    return peeked != null;
  }

  /** The next item; throws IllegalArgumentException, naming it, when its id repeats one. */
  @Override
  public Item next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Item item = ids.item(peeked, index);
    peeked = null;
    if (!seen.add(item.id())) {
      // ids are ASCII without quotes or controls (URLs in ASCII, percent-encoded tag: URIs)
      throw new IllegalArgumentException("answers[" + index + "]: its id \"" + item.id()
          + "\" is an earlier item's id too; answers that share a URL (or, without URLs, an id"
          + " and a day) share an item id, and readers take them for one item: give each answer"
          + " its own URL");
    }
    index++;
    return item;
  }
}
