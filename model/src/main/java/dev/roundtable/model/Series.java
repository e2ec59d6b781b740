package dev.roundtable.model;

import java.util.Objects;
import java.util.Optional;

/** The column or community a question belongs to, e.g. "MPW Insider". Immutable. */
public final class Series {
  private final String name;
  private final String description;
  private final Url url;

  /**
   * Creates a series.
   *
   * @param name the name, not blank
   * @param description what the series is, or {@code null}; not blank when given
   * @param url the series' page (http or https), or {@code null}
   * @throws InvalidModelException when a field breaks a rule
   */
  public Series(String name, String description, Url url) {
    Violations v = new Violations();
    this.name = v.check(() -> Rules.notBlank(name, "name", Rules.MAX_LINE_LENGTH));
    this.description = v.check(() -> Rules.optionalNotBlank(description, "description",
        Rules.MAX_TEXT_LENGTH));
    this.url = v.check(() -> Url.web(url, "url"));
    v.throwIfAny();
  }

  /**
   * A series with a name only.
   *
   * @param name the name, not blank
   * @return the series
   */
  public static Series named(String name) {
    return new Series(name, null, null);
  }

  /**
   * A series with all its fields given as text.
   *
   * @param name the name, not blank
   * @param description what the series is, or {@code null}
   * @param url the series' page, or {@code null}
   * @return the series
   * @throws InvalidModelException when a field breaks a rule
   */
  public static Series of(String name, String description, String url) {
    return new Series(name, description, Url.optionalWeb(url, "url"));
  }

  /** {@return the series' name, never blank} */
  public String name() {
    return name;
  }

  /** {@return what the series is, if given} */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** {@return the series' page, an http or https URL, if given} */
  public Optional<Url> url() {
    return Optional.ofNullable(url);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Series o && o.name.equals(name)
        && Objects.equals(o.description, description) && Objects.equals(o.url, url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, url);
  }

  @Override
  public String toString() {
    return "Series[" + Rules.abbreviate(name) + "]";
  }
}
