package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that building something breaks a named rule of the model. */
final class Rejections {
  private Rejections() {}

  /**
   * Asserts that {@code building} throws an {@link InvalidModelException} naming {@code field}
   * and citing a rule that contains {@code rule}; the message is "field: rule".
   *
   * @return the exception, for further checks
   */
  static InvalidModelException assertRejected(ThrowingCallable building, String field,
      String rule) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class, building);
    assertThat(e).as("expected an InvalidModelException for %s (%s)", field, rule).isNotNull();
    assertThat(e.field()).as("field of: %s", e.getMessage()).isEqualTo(field);
    assertThat(e.rule()).as("rule of: %s", e.getMessage()).contains(rule);
    assertThat(e.getMessage()).isEqualTo(field + ": " + e.rule());
    return e;
  }
}
