package dev.roundtable.rss;

import dev.roundtable.text.Context;

/**
 * Which characters a feed may carry. All three formats drop the same set, so that a text reads
 * the same in RSS, Atom and JSON Feed. They are those {@link CodePoints#forbiddenInXml} names,
 * and U+FFFD:
 *
 * <ul>
 *   <li>what XML 1.0 forbids: C0 controls other than tab, line feed and carriage return, lone
 *       surrogates, U+FFFE and U+FFFF;</li>
 *   <li>what XML 1.0 discourages and HTML payloads forbid: DEL, the C1 controls U+0080 to U+009F,
 *       the noncharacters U+FDD0 to U+FDEF and U+xFFFE/U+xFFFF in every plane;</li>
 *   <li>U+FFFD, the mark of an earlier decoding error, which the W3C Feed Validation Service
 *       reports as a bad character.</li>
 * </ul>
 *
 * <p>Dropped characters are removed, never replaced.
 */
final class FeedCharacters {
  private FeedCharacters() {}

  /**
   * Whether a feed carries this code point.
   *
   * @param cp a code point; a surrogate code point stands for a lone surrogate
   * @return {@code false} for the characters listed in the class comment
   */
  static boolean isCarried(int cp) {
    return cp != 0xFFFD && cp != '\f' && !Context.isForbidden(cp);
  }

  /**
   * The text without the characters a feed does not carry.
   *
   * @param text any text, lone surrogates included
   * @return the same instance when nothing is dropped, else a shorter copy
   */
  static String strip(CharSequence text) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        i++;
        continue;
      }
      int cp = Character.codePointAt(text, i);
      if (!isCarried(cp)) {
        break;
      }
      i += Character.charCount(cp);
    }
    if (i == length) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(length);
    out.append(text, 0, i);
    while (i < length) {
      int cp = Character.codePointAt(text, i);
      if (isCarried(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Whether anything but white space is left of the text once dropped characters are removed.
   *
   * @param text any text
   * @return {@code true} when the text shows something
   */
  static boolean isVisible(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!Character.isWhitespace(cp) && isCarried(cp)) {
        return true; // for most texts, the first character decides
      }
      i += Character.charCount(cp);
    }
    return false;
  }
}
