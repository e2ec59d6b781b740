package dev.roundtable.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A link from an answer to related reading, typically another answer to the same question,
 * shown with its byline: "Why you don't need a mentor to be successful by Beth
 * Brooke-Marciniak, ...". Immutable.
 */
public final class RelatedLink {
  private final String title;
  private final Url url;
  private final Contributor contributor;

  /**
   * Creates a related link.
   *
   * @param title the link's title, not blank
   * @param url where it goes: http or https
   * @param contributor whose byline is shown with the link, or {@code null}
   * @throws InvalidModelException when a field breaks a rule
   */
  public RelatedLink(String title, Url url, Contributor contributor) {
    Violations v = new Violations();
    this.title = v.check(() -> Rules.notBlank(title, "title", Rules.MAX_LINE_LENGTH));
    this.url = v.check(() -> Url.web(Rules.required(url, "url"), "url"));
    v.throwIfAny();
    this.contributor = contributor;
  }

  /**
   * A related link without a byline.
   *
   * @param title the title, not blank
   * @param url an http or https URL
   * @return the link
   */
  public static RelatedLink of(String title, String url) {
    return of(title, url, null);
  }

  /**
   * A related link with a byline.
   *
   * @param title the title, not blank
   * @param url an http or https URL
   * @param contributor whose byline is shown, or {@code null}
   * @return the link
   */
  public static RelatedLink of(String title, String url, Contributor contributor) {
    return new RelatedLink(title, Url.parse(url, "url", false), contributor);
  }

  /** {@return the link's title, never blank} */
  public String title() {
    return title;
  }

  /** {@return where the link goes: an http or https URL} */
  public Url url() {
    return url;
  }

  /** {@return whose byline is shown with the link, if given} */
  public Optional<Contributor> contributor() {
    return Optional.ofNullable(contributor);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RelatedLink o && o.title.equals(title) && o.url.equals(url)
        && Objects.equals(o.contributor, contributor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, url, contributor);
  }

  @Override
  public String toString() {
    return "RelatedLink[" + Rules.abbreviate(title) + " -> " + Rules.abbreviate(url.toString())
        + "]";
  }
}
