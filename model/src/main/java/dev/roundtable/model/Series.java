package dev.roundtable.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The column or community a question belongs to, e.g. "MPW Insider", and the
 * {@link Publisher} behind it when known. Immutable.
 */
public final class Series {
  private final String name;
  private final String description;
  private final Url url;
  private final Publisher publisher;

  /**
   * Creates a series.
   *
   * @param name the name, not blank
   * @param description what the series is, or {@code null}; not blank when given
   * @param url the series' page (http or https), or {@code null}
   * @throws InvalidModelException when a field breaks a rule
   */
  public Series(String name, String description, Url url) {
    this(name, description, url, null);
  }

  /**
   * Creates a series with its publisher.
   *
   * @param name the name, not blank
   * @param description what the series is, or {@code null}; not blank when given
   * @param url the series' page (http or https), or {@code null}
   * @param publisher who publishes it, or {@code null}
   * @throws InvalidModelException when a field breaks a rule
   */
  public Series(String name, String description, Url url, Publisher publisher) {
    this.publisher = publisher;
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

  /**
   * A copy with a publisher.
   *
   * @param publisher who publishes the series, or {@code null} for none
   * @return the new series
   */
  public Series withPublisher(Publisher publisher) {
    return new Series(name, description, url, publisher);
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

  /** {@return the organization that publishes the series, if given} */
  public Optional<Publisher> publisher() {
    return Optional.ofNullable(publisher);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Series o && o.name.equals(name)
        && Objects.equals(o.description, description) && Objects.equals(o.url, url)
        && Objects.equals(o.publisher, publisher);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, description, url, publisher);
  }

  @Override
  public String toString() {
    return "Series[" + Rules.abbreviate(name) + "]";
  }
}
