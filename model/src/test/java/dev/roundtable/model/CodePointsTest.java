package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model's classes of code points, counted. */
class CodePointsTest {
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
