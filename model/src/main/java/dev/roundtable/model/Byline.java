package dev.roundtable.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How a contributor is credited: the name, then what qualifies them, as in
 * "Jenni Luke, CEO of Step Up". The credentials are the contributor's {@code affiliation} when
 * given (the house style of "Global Vice Chair of Public Policy at Ernst &amp; Young"), otherwise
 * "role of organization", the role alone or the organization alone; a name alone when none is
 * known. Exporters use the parts to link the name and style the rest.
 */
public final class Byline {
  private final String name;
  private final String credentials;

  private Byline(String name, String credentials) {
    this.name = name;
    this.credentials = credentials;
  }

  /**
   * The byline of a contributor.
   *
   * @param contributor who is credited
   * @return the byline
   */
  public static Byline of(Contributor contributor) {
    Objects.requireNonNull(contributor, "contributor");
    String role = contributor.role().orElse(null);
    String organization = contributor.organization().orElse(null);
    String roleOfOrganization = role == null ? organization
        : organization == null ? role : role + " of " + organization;
    return new Byline(contributor.name(), contributor.affiliation().orElse(roleOfOrganization));
  }

  /** {@return the contributor's name, never blank} */
  public String name() {
    return name;
  }

  /** {@return what qualifies the contributor, "CEO of Step Up", if anything is known} */
  public Optional<String> credentials() {
    return Optional.ofNullable(credentials);
  }

  /** {@return the whole byline as one line of plain text: "Jenni Luke, CEO of Step Up"} */
  public String text() {
    return credentials == null ? name : name + ", " + credentials;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Byline o && o.name.equals(name)
        && Objects.equals(o.credentials, credentials);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, credentials);
  }

  /** Returns {@link #text()}. */
  @Override
  public String toString() {
    return text();
  }
}
