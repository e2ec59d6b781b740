package dev.roundtable.rss;

import dev.roundtable.model.Image;
import dev.roundtable.model.Url;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a feed says about itself: title, home page, description, its own address, language and
 * the options that shape its items. Immutable and thread-safe; build one with
 * {@link #builder()} and share it between writers and threads.
 *
 * <p>Every rule that the W3C Feed Validation Service checks on channel data is checked here,
 * when the channel is built, with an {@link InvalidChannelException} naming the field: URLs
 * are absolute http(s) URLs, the language is an ISO 639 code, the RSS image is at most 144 by
 * 400 pixels and a JPEG, GIF or PNG, WebSub hubs are http(s) URLs, each once.
 */
public final class Channel {
  /** Longest standfirst written as an item's summary, in code points, unless set otherwise. */
  public static final int DEFAULT_SUMMARY_LENGTH = 300;

  private final String title;
  private final Url link;
  private final String description;
  private final Url selfUrl;
  private final String language;
  private final Url baseUrl;
  private final int limit;
  private final String generator;
  private final Duration ttl;
  private final Image image;
  private final int summaryLength;
  private final Instant updated;
  private final List<Url> hubs;
  /** The domain that mints the {@code tag:} ids of answers without a link, found once. */
  private final String tagAuthority;

  private Channel(Builder b) {
    ChannelRules rules = new ChannelRules();
    this.title = rules.text(b.title, "title");
    this.link = rules.url(b.link, "link");
    this.description = rules.text(b.description, "description");
    this.selfUrl = rules.url(b.selfUrl, "selfUrl");
    this.language = rules.language(b.language);
    this.baseUrl = b.baseUrl == null ? null : rules.baseUrl(b.baseUrl);
    this.limit = b.limit;
    this.generator = b.generator == null ? null : rules.text(b.generator, "generator");
    this.ttl = b.ttl;
    this.image = b.image == null ? null : rules.image(b.image);
    this.summaryLength = b.summaryLength;
    this.updated = b.updated == null ? null : rules.updated(b.updated);
    this.hubs = rules.hubs(b.hubs, b.selfUrl != null);
    rules.throwIfAny();
    this.tagAuthority = ItemIds.tagAuthority(link);
  }

  /**
   * A new builder. {@code title}, {@code link}, {@code description}, {@code selfUrl} and
   * {@code language} are required.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this channel's fields, to make a changed copy (the same channel with
   * another {@code selfUrl} for each format, say).
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = builder().title(title).link(link).description(description).selfUrl(selfUrl)
        .language(language).baseUrl(baseUrl).generator(generator).ttl(ttl).image(image)
        .summaryLength(summaryLength).updated(updated);
    b.limit = limit;
    b.hubs.addAll(hubs);
    return b;
  }

  /** {@return the feed's title, never blank} */
  public String title() {
    return title;
  }

  /** {@return the page the feed belongs to (RSS {@code link}, Atom alternate link)} */
  public Url link() {
    return link;
  }

  /** {@return the description (RSS {@code description}, Atom {@code subtitle})} */
  public String description() {
    return description;
  }

  /** {@return where the feed itself is served (RSS {@code atom:link rel="self"}, Atom id)} */
  public Url selfUrl() {
    return selfUrl;
  }

  /** {@return the language as an ISO 639 code with optional subtags, e.g. {@code en-GB}} */
  public String language() {
    return language;
  }

  /** {@return the base of links for answers without a URL of their own, ending with a slash} */
  public Optional<Url> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** {@return the most items a feed holds, if limited} */
  public OptionalInt limit() {
    return limit == Integer.MAX_VALUE ? OptionalInt.empty() : OptionalInt.of(limit);
  }

  /** {@return the generator named in the feed, if any} */
  public Optional<String> generator() {
    return Optional.ofNullable(generator);
  }

  /** {@return how long readers may cache the feed (RSS {@code ttl}), if given} */
  public Optional<Duration> ttl() {
    return Optional.ofNullable(ttl);
  }

  /** {@return the feed's logo (RSS {@code image}, Atom {@code logo}, JSON Feed {@code icon})} */
  public Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /** {@return the longest item summary, in code points} */
  public int summaryLength() {
    return summaryLength;
  }

  /**
   * @return when the feed last changed other than by its answers (an answer withdrawn, the
   *     channel edited), if given: see {@link Builder#updated(Instant)}
   */
  public Optional<Instant> updated() {
    return Optional.ofNullable(updated);
  }

  /**
   * @return the WebSub hubs that readers may subscribe at for pushed updates (RSS and Atom
   *     {@code link rel="hub"}, JSON Feed {@code hubs}), in the order given; often empty
   */
  public List<Url> hubs() {
    return hubs;
  }

  /** The item limit as a plain int: {@link Integer#MAX_VALUE} when unlimited. */
  int maxItems() {
    return limit;
  }

  /** The channel link's host, in ASCII and lower case, as {@code tag:} URIs name it. */
  String tagAuthority() {
    return tagAuthority;
  }

  @Override
  public String toString() {
    return "Channel[" + title + ", " + selfUrl + "]";
  }

  /** Collects a channel's fields; {@link #build()} validates them. Not thread-safe. */
  public static final class Builder {
    private String title;
    private Object link;
    private String description;
    private Object selfUrl;
    private String language;
    private Object baseUrl;
    private int limit = Integer.MAX_VALUE;
    private String generator;
    private Duration ttl;
    private Image image;
    private int summaryLength = DEFAULT_SUMMARY_LENGTH;
    private Instant updated;
    private final List<Object> hubs = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the title (required).
     *
     * @param title plain text, not blank
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the page the feed belongs to (required).
     *
     * @param link an absolute http or https URL
     * @return this builder
     */
    public Builder link(String link) {
      this.link = link;
      return this;
    }

    /**
     * Sets the page the feed belongs to (required).
     *
     * @param link an http or https URL
     * @return this builder
     */
    public Builder link(Url link) {
      this.link = link;
      return this;
    }

    /**
     * Sets the description (required).
     *
     * @param description plain text, not blank
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets where the feed is served (required): readers and validators check it.
     *
     * @param selfUrl an absolute http or https URL
     * @return this builder
     */
    public Builder selfUrl(String selfUrl) {
      this.selfUrl = selfUrl;
      return this;
    }

    /**
     * Sets where the feed is served (required).
     *
     * @param selfUrl an http or https URL
     * @return this builder
     */
    public Builder selfUrl(Url selfUrl) {
      this.selfUrl = selfUrl;
      return this;
    }

    /**
     * Sets the language (required).
     *
     * @param language an ISO 639 code with optional subtags: {@code en}, {@code en-GB}
     * @return this builder
     */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Sets the base for links to answers that have no URL: the answer's percent-encoded id is
     * appended to it. Without it, such answers have no link and a {@code tag:} URI as id.
     *
     * @param baseUrl an absolute http or https URL ending with {@code /}, or {@code null}
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the base for links to answers that have no URL.
     *
     * @param baseUrl an http or https URL ending with {@code /}, or {@code null}
     * @return this builder
     */
    public Builder baseUrl(Url baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Limits how many items a feed holds; the writers stop pulling answers at the limit.
     *
     * @param limit at least 1
     * @return this builder
     * @throws InvalidChannelException (field {@code limit}) when less than 1
     */
    public Builder limit(int limit) {
      this.limit = atLeastOne(limit, "limit");
      return this;
    }

    /**
     * Names the software that wrote the feed.
     *
     * @param generator plain text, or {@code null} for none
     * @return this builder
     */
    public Builder generator(String generator) {
      this.generator = generator;
      return this;
    }

    /**
     * Sets how long readers may cache the feed.
     *
     * @param ttl whole minutes, at least one; {@code null} for none
     * @return this builder
     * @throws InvalidChannelException (field {@code ttl}) when not a positive number of minutes
     */
    public Builder ttl(Duration ttl) {
      if (ttl != null && (ttl.toMinutes() < 1 || !ttl.equals(Duration.ofMinutes(ttl.toMinutes()))
          || ttl.toMinutes() > Integer.MAX_VALUE)) {
        throw new InvalidChannelException("ttl", "must be a positive number of whole minutes,"
            + " was " + ttl);
      }
      this.ttl = ttl;
      return this;
    }

    /**
     * Sets the feed's logo; its text alternative is not written (RSS requires the image's
     * title to be the channel's).
     *
     * @param image a JPEG, GIF or PNG at most 144 by 400 pixels, or {@code null}
     * @return this builder
     */
    public Builder image(Image image) {
      this.image = image;
      return this;
    }

    /**
     * Sets the longest item summary (the answer's standfirst, see
     * {@code Answer.standfirst(int)}).
     *
     * @param summaryLength in code points, at least 1; default
     *     {@value Channel#DEFAULT_SUMMARY_LENGTH}
     * @return this builder
     * @throws InvalidChannelException (field {@code summaryLength}) when less than 1
     */
    public Builder summaryLength(int summaryLength) {
      this.summaryLength = atLeastOne(summaryLength, "summaryLength");
      return this;
    }

    /**
     * Sets when the feed last changed other than by its answers: an answer withdrawn, the
     * channel edited. The feed's date (RSS {@code lastBuildDate}, Atom {@code updated}) is the
     * latest of this, the question's {@code askedAt} when a question is written, and the first
     * answer's last modification; it is never taken from the clock. An empty Atom feed has no
     * other date, and Atom requires one: writing it without this one fails.
     *
     * @param updated an instant in the years 0001 to 9999 (written to the second), or
     *     {@code null} for none
     * @return this builder
     */
    public Builder updated(Instant updated) {
      this.updated = updated;
      return this;
    }

    /**
     * Adds a WebSub hub: readers subscribe there and get the feed pushed when the publisher
     * notifies the hub ({@link WebSubPing}). The feed's {@code selfUrl} is the topic.
     *
     * @param hub an absolute http or https URL, not given before
     * @return this builder
     */
    public Builder hub(String hub) {
      this.hubs.add(hub);
      return this;
    }

    /**
     * Sets the WebSub hubs, replacing any added before.
     *
     * @param hubs absolute http or https URLs, each once; empty for none
     * @return this builder
     */
    public Builder hubs(List<String> hubs) {
      this.hubs.clear();
      this.hubs.addAll(hubs);
      return this;
    }

    /**
     * Builds the channel.
     *
     * @return the channel
     * @throws InvalidChannelException naming every field that breaks a rule ({@code problems()})
     */
    public Channel build() {
      return new Channel(this);
    }

    private static int atLeastOne(int value, String field) {
      if (value < 1) {
        throw new InvalidChannelException(field, "must be at least 1, was " + value);
      }
      return value;
    }
  }
}
