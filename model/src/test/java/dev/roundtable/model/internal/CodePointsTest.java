package dev.roundtable.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one list of code points the exporters never write as they are, counted class by class. */
class CodePointsTest {
  @Test
  void forbidsInHtmlTheControlsNoncharactersAndSurrogatesAndNothingElse() {
    int forbidden = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (CodePoints.forbiddenInHtml(cp)) {
        forbidden++;
      }
    }
    // 28 C0 controls (32 less tab, LF, FF, CR), DEL and 32 C1, 2,048 surrogates, 66 noncharacters
    assertThat(forbidden).isEqualTo(28 + 33 + 2048 + 66);
    assertThat(CodePoints.forbiddenInHtml('\f')).isFalse();
    assertThat(CodePoints.forbiddenInHtml(0xFFFD)).isFalse();
    assertThat(CodePoints.forbiddenInHtml(0x10FFFF)).isTrue();
    assertThat(CodePoints.forbiddenInHtml(0x1F600)).isFalse();
  }

  @Test
  void forbidsInXmlWhatHtmlForbidsAndTheFormFeed() {
    int differing = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (CodePoints.forbiddenInXml(cp) != (cp == '\f' || CodePoints.forbiddenInHtml(cp))) {
        differing++;
      }
    }
    assertThat(differing).isZero();
    assertThat(CodePoints.forbiddenInXml('\f')).isTrue();
  }

  @Test
  void countsSixtySixNoncharacters() {
    int noncharacters = 0;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (CodePoints.isNoncharacter(cp)) {
        noncharacters++;
      }
    }
    assertThat(noncharacters).isEqualTo(66);
  }
}
