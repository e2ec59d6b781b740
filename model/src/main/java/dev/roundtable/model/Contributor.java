package dev.roundtable.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who answers a question: "Jenni Luke", CEO of Step Up, with what identifies them on
 * the web (a profile page, other profiles that are the same person, a portrait, a fediverse
 * handle). Immutable; build one with
 * {@link #of(String, String, String)} or {@link #builder(String)}.
 */
public final class Contributor {
  private final String name;
  private final String role;
  private final String organization;
  private final String affiliation;
  private final Url url;
  private final Image image;
  private final List<Url> sameAs;
  private final FediverseHandle fediverse;
  /** Derived from the fields above, once: exporters ask for it for every answer they write. */
  private final Byline byline;

  private Contributor(Builder b) {
    Violations v = new Violations();
    this.name = v.check(() -> Rules.notBlank(b.name, "name", Rules.MAX_LINE_LENGTH));
    this.role = v.check(() -> Rules.optionalNotBlank(b.role, "role", Rules.MAX_LINE_LENGTH));
    this.organization = v.check(() -> Rules.optionalNotBlank(b.organization, "organization",
        Rules.MAX_LINE_LENGTH));
    this.affiliation = v.check(() -> Rules.optionalNotBlank(b.affiliation, "affiliation",
        Rules.MAX_LINE_LENGTH));
    this.url = v.check(() -> Url.web(b.url, "url"));
    this.image = b.image;
    this.sameAs = v.check(() -> Rules.uniqueWebUrls(b.sameAs, "sameAs"));
    this.fediverse = b.fediverse;
    v.throwIfAny();
    this.byline = Byline.of(this);
  }

  /**
   * A contributor with a name only.
   *
   * @param name the name, not blank
   * @return the contributor
   * @throws InvalidModelException when the name is blank
   */
  public static Contributor named(String name) {
    return builder(name).build();
  }

  /**
   * A contributor with a role at an organization: {@code of("Jenni Luke", "CEO", "Step Up")}.
   *
   * @param name the name, not blank
   * @param role the role, or {@code null}
   * @param organization the organization, or {@code null}
   * @return the contributor
   * @throws InvalidModelException when a field breaks a rule
   */
  public static Contributor of(String name, String role, String organization) {
    return builder(name).role(role).organization(organization).build();
  }

  /**
   * A builder for a contributor with the given name.
   *
   * @param name the name, not blank
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder().name(name);
  }

  /** {@return a new builder holding this contributor's fields, to make a changed copy} */
  public Builder toBuilder() {
    Builder b = builder(name).role(role).organization(organization).affiliation(affiliation);
    b.url = url; // already parsed: the builder's setters take text
    b.image = image;
    b.sameAs.addAll(sameAs);
    b.fediverse = fediverse;
    return b;
  }

  /** {@return the contributor's name, never blank: "Jenni Luke"} */
  public String name() {
    return name;
  }

  /** {@return the contributor's role, "CEO", if known} */
  public Optional<String> role() {
    return Optional.ofNullable(role);
  }

  /** {@return the contributor's organization, "Step Up", if known} */
  public Optional<String> organization() {
    return Optional.ofNullable(organization);
  }

  /**
   * Free text that replaces "role of organization" in the byline where the house style differs:
   * "Global Vice Chair of Public Policy at Ernst &amp; Young".
   *
   * @return the affiliation, if given
   */
  public Optional<String> affiliation() {
    return Optional.ofNullable(affiliation);
  }

  /** {@return the contributor's profile page, an http or https URL, if known} */
  public Optional<Url> url() {
    return Optional.ofNullable(url);
  }

  /** {@return where the contributor's portrait is, an http or https URL, if known} */
  public Optional<Url> imageUrl() {
    return image == null ? Optional.empty() : Optional.of(image.url());
  }

  /**
   * The contributor's portrait: an {@link Image} with its text alternative and size when known
   * (one given only as {@link Builder#imageUrl(String)} has an empty alternative).
   *
   * @return the portrait, if known
   */
  public Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /**
   * Other pages that identify the same person, as schema.org's {@code sameAs}: a profile on a
   * social network, an encyclopedia entry, the person's own site.
   *
   * @return the URLs, each http or https and each once; empty when none are known
   */
  public List<Url> sameAs() {
    return sameAs;
  }

  /** {@return the contributor's fediverse handle, {@code @name@host}, if known} */
  public Optional<FediverseHandle> fediverse() {
    return Optional.ofNullable(fediverse);
  }

  /** {@return how the contributor is credited: "Jenni Luke, CEO of Step Up"} */
  public Byline byline() {
    return byline;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Contributor o && name.equals(o.name)
        && Objects.equals(role, o.role)
        && Objects.equals(organization, o.organization)
        && Objects.equals(affiliation, o.affiliation)
        && Objects.equals(url, o.url)
        && Objects.equals(image, o.image)
        && sameAs.equals(o.sameAs)
        && Objects.equals(fediverse, o.fediverse);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, role, organization, affiliation, url, image, sameAs, fediverse);
  }

  @Override
  public String toString() {
    return "Contributor[" + Rules.abbreviate(name)
        + (role == null ? "" : ", role=" + Rules.abbreviate(role))
        + (organization == null ? "" : ", organization=" + Rules.abbreviate(organization))
        + (affiliation == null ? "" : ", affiliation=" + Rules.abbreviate(affiliation)) + "]";
  }

  /** Collects a contributor's fields; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private String name;
    private String role;
    private String organization;
    private String affiliation;
    private Url url;
    private Image image;
    private final List<Url> sameAs = new ArrayList<>();
    private FediverseHandle fediverse;

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the role.
     *
     * @param role the role, or {@code null} for none
     * @return this builder
     */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * Sets the organization.
     *
     * @param organization the organization, or {@code null} for none
     * @return this builder
     */
    public Builder organization(String organization) {
      this.organization = organization;
      return this;
    }

    /**
     * Sets the affiliation, which replaces "role of organization" in the byline.
     *
     * @param affiliation the affiliation text, or {@code null} for none
     * @return this builder
     */
    public Builder affiliation(String affiliation) {
      this.affiliation = affiliation;
      return this;
    }

    /**
     * Sets the profile page.
     *
     * @param url an absolute http or https URL, or {@code null} for none
     * @return this builder
     * @throws InvalidModelException (field {@code url}) when the URL is not allowed
     */
    public Builder url(String url) {
      this.url = Url.optionalWeb(url, "url");
      return this;
    }

    /**
     * Sets the portrait.
     *
     * @param imageUrl an absolute http or https URL, or {@code null} for none
     * @return this builder
     * @throws InvalidModelException (field {@code imageUrl}) when the URL is not allowed
     */
    public Builder imageUrl(String imageUrl) {
      Url parsed = Url.optionalWeb(imageUrl, "imageUrl");
      this.image = parsed == null ? null : new Image(parsed, "", null, null, null);
      return this;
    }

    /**
     * Sets the portrait as an image with its text alternative, size and crops.
     *
     * @param image the portrait, or {@code null} for none
     * @return this builder
     */
    public Builder image(Image image) {
      this.image = image;
      return this;
    }

    /**
     * Adds pages that identify the same person ({@code sameAs}).
     *
     * @param urls absolute http or https URLs
     * @return this builder
     * @throws InvalidModelException (field {@code sameAs[i]}) when a URL is not allowed
     */
    public Builder sameAs(String... urls) {
      int from = sameAs.size();
      for (int i = 0; i < urls.length; i++) {
        try {
          sameAs.add(Url.parse(urls[i], "sameAs", false));
        } catch (InvalidModelException e) {
          sameAs.subList(from, sameAs.size()).clear();
          throw InvalidModelException.of("sameAs", from + i, e.rule());
        }
      }
      return this;
    }

    /**
     * Adds a page that identifies the same person, already parsed.
     *
     * @param url an http or https URL
     * @return this builder
     */
    public Builder sameAs(Url url) {
      sameAs.add(url);
      return this;
    }

    /**
     * Sets the fediverse handle.
     *
     * @param handle {@code @name@host}, or {@code null} for none
     * @return this builder
     * @throws InvalidModelException (field {@code fediverse}) when it is not a handle
     */
    public Builder fediverse(String handle) {
      this.fediverse = handle == null ? null : FediverseHandle.parse(handle, "fediverse");
      return this;
    }

    /**
     * Builds the contributor.
     *
     * @return the contributor
     * @throws InvalidModelException when a field breaks a rule
     */
    public Contributor build() {
      return new Contributor(this);
    }
  }
}
