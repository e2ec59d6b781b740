package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.text.Context;
import org.junit.jupiter.api.Test;

/**
 * Which characters a feed carries, the same set for all three formats: what the text module's
 * {@link Context#XML_TEXT} does not drop.
 */
class FeedTextTest {
  private static boolean carried(int cp) {
    return !"".equals(Context.XML_TEXT.replacement(cp));
  }

  @Test
  void carriesTabLineFeedCarriageReturnAndEveryOrdinaryCharacter() {
    for (int cp : new int[] {'\t', '\n', '\r', ' ', 0xA0, 0xFDCF, 0xFDF0, 0x1F600, 0x10FFFD}) {
      assertThat(carried(cp)).as("U+%04X", cp).isTrue();
    }
  }

  @Test
  void dropsWhatXmlForbidsOrDiscourages() {
    int[] dropped = {0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xD800, 0xDBFF,
        0xDC00, 0xDFFF, 0xFDD0, 0xFDEF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF};
    for (int cp : dropped) {
      assertThat(carried(cp)).as("U+%04X", cp).isFalse();
    }
  }

  @Test
  void stripRemovesLoneSurrogatesButKeepsPairs() {
    assertThat(Context.XML_TEXT.strip("a\uD83Db\uDE00c\uD83D\uDE00\u0085"))
        .isEqualTo("abc\uD83D\uDE00");
  }

  @Test
  void textOfOnlyDroppedCharactersShowsNothing() {
    assertThat(Item.shows("\u0001\u0085 \uFFFE")).isFalse();
    assertThat(Item.shows("\u0001a")).isTrue();
  }
}
