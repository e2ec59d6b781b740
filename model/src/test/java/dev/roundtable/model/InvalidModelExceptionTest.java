package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidModelExceptionTest {

  private static InvalidModelException blankName() {
    return assertRejected(() -> Contributor.named(" "), "name", "must not be blank");
  }

  @Test
  void namesTheFieldAndTheRule() {
    InvalidModelException e = blankName();

    assertThat(e.field()).isEqualTo("name");
    assertThat(e.rule()).isEqualTo("must not be blank");
    assertThat(e).hasMessage("name: must not be blank");
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThat(blankName()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void prefixesThePathWithParentFieldsAndIndices() {
    InvalidModelException e = blankName().within("contributor").within("answers", 2);

    assertThat(e.field()).isEqualTo("answers[2].contributor.name");
    assertThat(e.rule()).isEqualTo("must not be blank");
    assertThat(e).hasMessage("answers[2].contributor.name: must not be blank");
  }

  @Test
  void givesThePathAsSegmentsForJsonPointers() {
    InvalidModelException e = blankName().within("contributor").within("answers", 2)
        .within("questions", 0);

    assertThat(e.pathSegments())
        .containsExactly("questions", "0", "answers", "2", "contributor", "name");
  }

  @Test
  void leavesTheOriginalPathUnchanged() {
    InvalidModelException e = blankName();

    e.within("contributor");

    assertThat(e.field()).isEqualTo("name");
  }

  @Test
  void writesNestedListIndicesWithoutDots() {
    InvalidModelException e = assertRejected(() -> Emphasis.of(""), "content[0].text",
        "must not be empty");

    assertThat(e.within("content", 3).within("body", 1).field())
        .isEqualTo("body[1].content[3].content[0].text");
  }
}
