package dev.roundtable.rss;

/**
 * Thrown when a {@link Channel} would break a rule: it names the field ({@code selfUrl},
 * {@code image.width} ...) and the rule, so that no channel a validator would reject can be
 * built.
 */
public final class InvalidChannelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field's name. */
  private final String field;
  /** The rule, in words. */
  private final String rule;

  InvalidChannelException(String field, String rule) {
    super(field + ": " + rule);
    this.field = field;
    this.rule = rule;
  }

  /**
   * The field that breaks a rule, as named by {@link Channel.Builder}'s setters.
   *
   * @return the field's name, e.g. {@code selfUrl}
   */
  public String field() {
    return field;
  }

  /**
   * The rule that was broken, without the field.
   *
   * @return the rule in words, e.g. {@code "is required"}
   */
  public String rule() {
    return rule;
  }
}
