package dev.roundtable.rss;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a {@link Channel} would break a rule: it names the field ({@code selfUrl},
 * {@code image.width} ...) and the rule, so that no channel a validator would reject can be
 * built. {@link Channel.Builder#build()} checks every field and reports all that break a rule at
 * once: {@link #problems()} lists them, {@link #field()} and {@link #rule()} are the first's.
 */
public final class InvalidChannelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * One broken rule.
   *
   * @param field the field's name, as {@link Channel.Builder}'s setters name it
   * @param rule the rule in words, without the field
   */
  public record Problem(String field, String rule) {
    @Override
    public String toString() {
      return field + ": " + rule;
    }
  }

  /** Every broken rule, in the order of the builder's fields; never empty. */
  private final List<Problem> problems;

  InvalidChannelException(String field, String rule) {
    this(List.of(new Problem(field, rule)));
  }

  InvalidChannelException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  /** {@return the field that breaks a rule (the first, when several do), e.g. {@code selfUrl}} */
  public String field() {
    return problems.get(0).field();
  }

  /** {@return the rule broken, in words without the field (the first, when several were)} */
  public String rule() {
    return problems.get(0).rule();
  }

  /** {@return every rule broken (at least one), one per field, in the builder's order of fields} */
  public List<Problem> problems() {
    return problems;
  }
}
