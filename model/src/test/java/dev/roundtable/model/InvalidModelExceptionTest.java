package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
  void listsEveryBrokenRuleOfAnObjectEachWithItsOwnPath() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Contributor.builder(" ").role("").organization("\t").build());

    assertThat(e.violations()).extracting(InvalidModelException::field)
        .containsExactly("name", "role", "organization");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("must not be blank");
      assertThat(v.violations()).containsExactly(v);
    });
    assertThat(e).hasMessage("name: must not be blank (and 2 more: role: must not be blank;"
        + " organization: must not be blank)");
  }

  @Test
  void prefixesThePathsOfEveryBrokenRule() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> Contributor.builder(" ").role("").build()).within("contributor").within("answers", 2);

    assertThat(e.violations()).extracting(InvalidModelException::field)
        .containsExactly("answers[2].contributor.name", "answers[2].contributor.role");
  }

  @Test
  void listsItselfAloneForOneBrokenRule() {
    InvalidModelException e = blankName();

    assertThat(e.violations()).containsExactly(e);
  }

  @Test
  void writesNestedListIndicesWithoutDots() {
    InvalidModelException e = assertRejected(() -> Emphasis.of(""), "content[0].text",
        "must not be empty");

    assertThat(e.within("content", 3).within("body", 1).field())
        .isEqualTo("body[1].content[3].content[0].text");
  }
}
