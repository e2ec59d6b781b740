package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.text.Context;

/**
 * One answer as a feed item, with what every format derives from it the same way.
 *
 * @param answer the answer
 * @param link the answer's absolute URL in ASCII (non-ASCII percent-encoded), or {@code null}
 * @param id the item's stable id, in canonical form ({@link CanonicalUri}): the link when there
 *     is one, else a {@code tag:} URI
 * @param permalink whether the id is the link (an RSS {@code guid} with isPermaLink true)
 * @param summary the plain-text standfirst
 */
record Item(Answer answer, String link, String id, boolean permalink, String summary) {

  /**
   * Whether a text shows something in a feed: anything but white space is left once the
   * characters XML cannot carry ({@link Context#XML_TEXT} drops them) are removed. All three
   * formats drop the same characters, so that a text reads the same in each.
   */
  static boolean shows(String text) {
    int first = text.isEmpty() ? ' ' : text.codePointAt(0); // for most texts, it decides
    return (!Character.isWhitespace(first) && Context.XML_TEXT.carries(first))
        || !Context.XML_TEXT.strip(text).isBlank();
  }
}
