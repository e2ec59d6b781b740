package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which characters a feed carries: the same set for all three formats. */
class FeedCharactersTest {

  @Test
  void carriesTabLineFeedCarriageReturnAndEveryOrdinaryCharacter() {
    assertThat(FeedCharacters.isCarried('\t')).isTrue();
    assertThat(FeedCharacters.isCarried('\n')).isTrue();
    assertThat(FeedCharacters.isCarried('\r')).isTrue();
    assertThat(FeedCharacters.isCarried(' ')).isTrue();
    assertThat(FeedCharacters.isCarried(0xA0)).isTrue();
    assertThat(FeedCharacters.isCarried(0xFDCF)).isTrue();
    assertThat(FeedCharacters.isCarried(0xFDF0)).isTrue();
    assertThat(FeedCharacters.isCarried(0x1F600)).isTrue();
    assertThat(FeedCharacters.isCarried(0x10FFFD)).isTrue();
  }

  @Test
  void dropsWhatXmlForbidsOrDiscourages() {
    int[] dropped = {0x0, 0x1, 0x8, 0xB, 0xC, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0xD800, 0xDBFF,
        0xDC00, 0xDFFF, 0xFDD0, 0xFDEF, 0xFFFD, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF};
    for (int cp : dropped) {
      assertThat(FeedCharacters.isCarried(cp)).as("U+%04X", cp).isFalse();
    }
  }

  @Test
  void stripReturnsTheSameStringWhenNothingIsDropped() {
    String clean = "Jenni Luke — CEO of Step Up 😀";
    assertThat(FeedCharacters.strip(clean)).isSameAs(clean);
  }

  @Test
  void stripRemovesLoneSurrogatesButKeepsPairs() {
    assertThat(FeedCharacters.strip("a\uD83Db\uDE00c\uD83D\uDE00\u0085"))
        .isEqualTo("abc\uD83D\uDE00");
  }

  @Test
  void textOfOnlyDroppedCharactersIsNotVisible() {
    assertThat(FeedCharacters.isVisible("\u0001\u0085 \uFFFE")).isFalse();
    assertThat(FeedCharacters.isVisible("\u0001a")).isTrue();
  }
}
