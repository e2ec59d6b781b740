package dev.roundtable.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The organization that publishes a {@link Series}: a magazine, a newspaper, a company's blog.
 * Search engines show its name and logo with each article. Immutable.
 */
public final class Publisher {
  private final String name;
  private final Url url;
  private final Image logo;

  /**
   * Creates a publisher.
   *
   * @param name the organization's name, not blank
   * @param url its home page (http or https), or {@code null}
   * @param logo its logo, or {@code null}; search engines want its width and height
   * @throws InvalidModelException when a field breaks a rule
   */
  public Publisher(String name, Url url, Image logo) {
    Violations v = new Violations();
    this.name = v.check(() -> Rules.notBlank(name, "name", Rules.MAX_LINE_LENGTH));
    this.url = v.check(() -> Url.web(url, "url"));
    this.logo = logo;
    v.throwIfAny();
  }

  /**
   * A publisher with a name and a home page given as text.
   *
   * @param name the name, not blank
   * @param url the home page, or {@code null}
   * @return the publisher
   * @throws InvalidModelException when a field breaks a rule
   */
  public static Publisher of(String name, String url) {
    return new Publisher(name, Url.optionalWeb(url, "url"), null);
  }

  /**
   * A copy with a logo.
   *
   * @param logo the logo, or {@code null} for none
   * @return the new publisher
   */
  public Publisher withLogo(Image logo) {
    return new Publisher(name, url, logo);
  }

  /** {@return the organization's name, never blank} */
  public String name() {
    return name;
  }

  /** {@return the organization's home page, if given} */
  public Optional<Url> url() {
    return Optional.ofNullable(url);
  }

  /** {@return the organization's logo, if given} */
  public Optional<Image> logo() {
    return Optional.ofNullable(logo);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Publisher o && name.equals(o.name) && Objects.equals(url, o.url)
        && Objects.equals(logo, o.logo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, url, logo);
  }

  @Override
  public String toString() {
    return "Publisher[" + Rules.abbreviate(name) + "]";
  }
}
