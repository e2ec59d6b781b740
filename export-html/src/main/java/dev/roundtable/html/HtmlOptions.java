package dev.roundtable.html;

import dev.roundtable.model.Question;
import dev.roundtable.model.StructuredData;
import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * How {@link HtmlExporter} writes its fragments. Immutable and thread-safe; build once with
 * {@link #builder()} and reuse. {@link #defaults()} gives:
 *
 * <ul>
 *   <li>CSS class prefix {@code rt-}: every element the exporter writes outside a body carries
 *       one class naming its kind, {@code rt-answer}, {@code rt-headline} and so on (the list is
 *       in {@code docs/html.md}); body blocks carry none, style them as {@code .rt-body p};</li>
 *   <li>headline level 2 ({@code <h2>}); body headings are shifted below it (a body's level-2
 *       heading becomes {@code <h3>}), never skip a level and never go beyond {@code <h6>};</li>
 *   <li>dates in UTC, {@link Locale#US}, pattern {@code MMMM d, yyyy, h:mm a z} ("May 7, 2015,
 *       6:15 PM UTC");</li>
 *   <li>links with {@code rel="noopener"} and no {@code target};</li>
 *   <li>no metadata ({@link Metadata#NONE}) and no {@code lang} attribute;</li>
 *   <li>English labels (see the builder's label methods);</li>
 *   <li>at most {@value Question#DEFAULT_MAX_RELATED_LINKS} related links derived from the other
 *       answers ({@link #maxRelatedLinks()});</li>
 *   <li>characters HTML forbids written as U+FFFD ({@link #xmlCompatible()} is false);</li>
 *   <li>no feed announced in a page's head ({@link #feeds()} is empty).</li>
 * </ul>
 */
public final class HtmlOptions {
  /** The default date pattern, giving "May 7, 2015, 6:15 PM UTC". */
  public static final String DEFAULT_DATE_PATTERN = "MMMM d, yyyy, h:mm a z";

  private static final Pattern CLASS_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*|");
  private static final Pattern REL = Pattern.compile("[a-z]+(?: [a-z]+)*|");
  private static final Pattern TARGET = Pattern.compile("_?[A-Za-z0-9_-]+|");
  private static final HtmlOptions DEFAULTS = builder().build();

  /** Which machine-readable metadata the answer article carries. */
  public enum Metadata {
    /** Plain HTML only. */
    NONE,
    /**
     * schema.org microdata: {@code itemscope}, {@code itemtype} and {@code itemprop} on the
     * article ({@code Article}), its headline, author ({@code Person}), dates and image.
     */
    MICRODATA,
    /**
     * A schema.org JSON-LD {@code <script type="application/ld+json">} at the start of the
     * answer article ({@code JsonLd.answerPage}) and of the question index
     * ({@code JsonLd.questionPage}), and at the end of the pages' heads
     * ({@link HtmlExporter#head(Question)}), written by a {@link StructuredData}: the one given to
     * {@link Builder#structuredData}, or else the one {@link ServiceLoader} finds
     * ({@code roundtable-export-json} provides it on the class path and the module path).
     */
    JSON_LD
  }

  /** The values set, in a builder of their own that nobody else holds. */
  private final Builder values;
  private final TimeText timeText;
  private final LabelTemplate relatedLinksInSeries;
  private final LabelTemplate relatedLinks;
  private final LabelTemplate intro;
  private final String[] startTags;
  private final String[] endTags;

  private HtmlOptions(Builder b) {
    this.values = b.copy();
    this.timeText = new TimeText(b.datePattern, b.locale, b.zone);
    this.relatedLinksInSeries = LabelTemplate.relatedLinks(b.labels.relatedLinksInSeries(), true);
    this.relatedLinks = LabelTemplate.relatedLinks(b.labels.relatedLinks(), false);
    this.intro = LabelTemplate.intro(b.labels.intro());
    this.startTags = Kind.startTags(b.classPrefix, b.headingLevel);
    this.endTags = Kind.endTags(b.headingLevel);
  }

  /** The unclosed start tag of a kind of element, with its class. */
  String startTag(Kind kind) {
    return startTags[kind.ordinal()];
  }

  /** The end tag of a kind of element. */
  String endTag(Kind kind) {
    return endTags[kind.ordinal()];
  }

  /** {@return the shared default options} */
  public static HtmlOptions defaults() {
    return DEFAULTS;
  }

  /** {@return a new builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a new builder starting from these options' values} */
  public Builder toBuilder() {
    return values.copy();
  }

  /** {@return the prefix of every CSS class the exporter writes, possibly empty} */
  public String classPrefix() {
    return values.classPrefix;
  }

  /** {@return the level of the answer's headline, 1 to 6} */
  public int headingLevel() {
    return values.headingLevel;
  }

  /**
   * The level at which a body heading of model level {@code bodyLevel} (2 to 6) is written:
   * shifted below the headline, at most 6. A heading is also never written more than one level
   * below the heading before it, so that no level is skipped.
   *
   * @param bodyLevel the heading's level in the model
   * @return the HTML heading level
   */
  public int bodyHeadingLevel(int bodyLevel) {
    return Math.min(6, bodyLevel + values.headingLevel - 1);
  }

  /** {@return the time zone of human-readable dates} */
  public ZoneId zone() {
    return values.zone;
  }

  /** {@return the locale of human-readable dates} */
  public Locale locale() {
    return values.locale;
  }

  /** {@return the {@link DateTimeFormatter} pattern of human-readable dates} */
  public String datePattern() {
    return values.datePattern;
  }

  /** {@return the formatter of human-readable dates: the pattern in the locale and zone} */
  public DateTimeFormatter dateFormatter() {
    return timeText.formatter();
  }

  /** The texts of {@code <time>} elements under these options. */
  TimeText timeText() {
    return timeText;
  }

  /** {@return the {@code rel} of links to web pages; empty means no {@code rel} attribute} */
  public String rel() {
    return values.rel;
  }

  /** {@return the {@code target} of links to web pages; empty means no {@code target} attribute} */
  public String target() {
    return values.target;
  }

  /** {@return the machine-readable metadata of answer articles} */
  public Metadata metadata() {
    return values.metadata;
  }

  /** {@return what writes the JSON-LD with {@link Metadata#JSON_LD}; empty in the other modes} */
  public Optional<StructuredData> structuredData() {
    return Optional.ofNullable(values.structuredData);
  }

  /**
   * @return the {@code lang} attribute of each fragment's outer element, a BCP 47 language tag;
   *     empty means no {@code lang} attribute
   */
  public String lang() {
    return values.lang;
  }

  /** {@return the longest standfirst from a summary or an excerpt of the body, in code points} */
  public int standfirstLength() {
    return values.standfirstLength;
  }

  /**
   * The most related links derived from a question's other answers for one answer
   * ({@link Question#relatedLinksFor(dev.roundtable.model.Answer, int)}): when there are more,
   * the nearest in publication order are listed and the "Read all answers" heading, linked to
   * the question's page, stands for the rest. An answer's own related links are always listed
   * in full.
   *
   * @return the limit, at least 0
   */
  public int maxRelatedLinks() {
    return values.maxRelatedLinks;
  }

  /**
   * Whether the output is also meant to be embedded in an XML 1.0 document, such as a feed's
   * {@code content:encoded} or an XHTML page. HTML forbids some characters in text (C0 controls
   * other than white space, DEL, the C1 controls, noncharacters, lone surrogates); the exporter
   * normally writes U+FFFD for each, which is valid HTML. XML-compatible output drops them
   * instead, and drops U+FFFD from the input too, since XML 1.0 cannot carry most of them and
   * the W3C Feed Validation Service reports U+FFFD as a bad character. Either way the output
   * holds no carriage return and never {@code ]]>}.
   *
   * @return {@code true} when the characters are dropped; {@code false} (the default) when
   *     they become U+FFFD
   */
  public boolean xmlCompatible() {
    return values.xmlCompatible;
  }

  /**
   * The feeds a page's head announces ({@link HtmlExporter#head(Question)}), one
   * {@code <link rel="alternate">} each, in this order.
   *
   * @return the feeds, unmodifiable; empty by default
   */
  public List<FeedLink> feeds() {
    return values.feeds;
  }

  /** {@return the visible and accessible texts the exporter writes} */
  public HtmlLabels labels() {
    return values.labels;
  }

  /** The related links' heading, parsed, for a question with or without a series. */
  LabelTemplate relatedLinksTemplate(boolean inSeries) {
    return inSeries ? relatedLinksInSeries : relatedLinks;
  }

  /** The intro line, parsed. */
  LabelTemplate introTemplate() {
    return intro;
  }

  /** Builds {@link HtmlOptions}; not thread-safe, the options it builds are. */
  public static final class Builder implements Cloneable {
    private String classPrefix = "rt-";
    private int headingLevel = 2;
    private ZoneId zone = ZoneId.of("UTC");
    private Locale locale = Locale.US;
    private String datePattern = DEFAULT_DATE_PATTERN;
    private String rel = "noopener";
    private String target = "";
    private Metadata metadata = Metadata.NONE;
    private StructuredData structuredData;
    private String lang = "";
    private int standfirstLength = 300;
    private int maxRelatedLinks = Question.DEFAULT_MAX_RELATED_LINKS;
    private boolean xmlCompatible;
    private HtmlLabels labels = HtmlLabels.ENGLISH;
    private List<FeedLink> feeds = List.of();

    private Builder() {}

    /** A builder with the same values. */
    private Builder copy() {
      try {
        return (Builder) clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e); // never: a builder is Cloneable
      }
    }

    /**
     * Sets the CSS class prefix (default {@code rt-}).
     *
     * @param classPrefix letters, digits, {@code -} and {@code _}, not starting with a digit or
     *     {@code -}; or empty
     * @return this builder
     * @throws IllegalArgumentException when the prefix would make an invalid class name
     */
    public Builder classPrefix(String classPrefix) {
      this.classPrefix = matching(classPrefix, "classPrefix", CLASS_PREFIX,
          "letters, digits, '-' and '_', not starting with a digit or '-'");
      return this;
    }

    /**
     * Sets the level of the answer's headline (default 2).
     *
     * @param headingLevel 1 to 6
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder headingLevel(int headingLevel) {
      if (headingLevel < 1 || headingLevel > 6) {
        throw new IllegalArgumentException("headingLevel must be from 1 to 6, was " + headingLevel);
      }
      this.headingLevel = headingLevel;
      return this;
    }

    /**
     * Sets the time zone of human-readable dates (default UTC).
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Sets the locale of human-readable dates (default {@link Locale#US}).
     *
     * @param locale the locale
     * @return this builder
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the {@link DateTimeFormatter} pattern of human-readable dates.
     *
     * @param datePattern the pattern (default {@value #DEFAULT_DATE_PATTERN})
     * @return this builder
     * @throws IllegalArgumentException when the pattern is invalid
     */
    public Builder datePattern(String datePattern) {
      Objects.requireNonNull(datePattern, "datePattern");
      DateTimeFormatter.ofPattern(datePattern); // fails early with the pattern's own message
      this.datePattern = datePattern;
      return this;
    }

    /**
     * Sets the {@code rel} of links to web pages (default {@code noopener}).
     *
     * @param rel lower-case keywords separated by single spaces, or empty for no {@code rel}
     * @return this builder
     * @throws IllegalArgumentException when not such keywords
     */
    public Builder rel(String rel) {
      this.rel = matching(rel, "rel", REL, "lower-case keywords separated by single spaces");
      return this;
    }

    /**
     * Sets the {@code target} of links to web pages (default none).
     *
     * @param target a browsing context name or keyword such as {@code _blank}, or empty for no
     *     {@code target}
     * @return this builder
     * @throws IllegalArgumentException when not a valid name or keyword
     */
    public Builder target(String target) {
      this.target = matching(target, "target", TARGET, "a name or keyword such as _blank");
      return this;
    }

    /**
     * Sets the metadata of answer articles and question indexes (default
     * {@link Metadata#NONE}). {@link Metadata#JSON_LD} takes the {@link StructuredData} that
     * {@link ServiceLoader} finds; where there is none (OSGi, or a module path without
     * {@code dev.roundtable.json}), pass one to {@link #structuredData} instead.
     *
     * @param metadata the mode
     * @return this builder
     * @throws IllegalStateException for {@link Metadata#JSON_LD} when no JSON-LD writer can be
     *     found; the message says what to add
     */
    public Builder metadata(Metadata metadata) {
      Objects.requireNonNull(metadata, "metadata");
      this.structuredData = metadata == Metadata.JSON_LD ? JsonLdScript.find() : null;
      this.metadata = metadata;
      return this;
    }

    /**
     * Sets {@link Metadata#JSON_LD}, written by the given writer: no class loading involved,
     * so this works in every host (class path, module path, OSGi).
     *
     * @param structuredData for example {@code JsonLd.defaults()} of
     *     {@code roundtable-export-json}
     * @return this builder
     * @throws IllegalArgumentException when its media type is not {@code application/ld+json}
     */
    public Builder structuredData(StructuredData structuredData) {
      Objects.requireNonNull(structuredData, "structuredData");
      if (!JsonLdScript.MEDIA_TYPE.equals(structuredData.mediaType())) {
        throw new IllegalArgumentException("structuredData must write "
            + JsonLdScript.MEDIA_TYPE + "; this one writes " + structuredData.mediaType());
      }
      this.structuredData = structuredData;
      this.metadata = Metadata.JSON_LD;
      return this;
    }

    /**
     * Sets the {@code lang} attribute of each fragment's outer element (default none).
     *
     * @param lang a well-formed BCP 47 language tag such as {@code en-GB}, or empty for none
     * @return this builder
     * @throws IllegalArgumentException when the tag is not well-formed
     */
    public Builder lang(String lang) {
      Objects.requireNonNull(lang, "lang");
      if (!lang.isEmpty()) {
        try {
          new Locale.Builder().setLanguageTag(lang);
        } catch (IllformedLocaleException e) {
          throw new IllegalArgumentException(
              "lang must be a BCP 47 language tag; \"" + lang + "\" is not: " + e.getMessage(), e);
        }
      }
      this.lang = lang;
      return this;
    }

    /**
     * Sets the longest standfirst, in code points (default 300).
     *
     * @param standfirstLength at least 1
     * @return this builder
     * @throws IllegalArgumentException when less than 1
     */
    public Builder standfirstLength(int standfirstLength) {
      this.standfirstLength = atLeast(1, standfirstLength, "standfirstLength");
      return this;
    }

    /**
     * Sets the most related links derived from the other answers for one answer (default
     * {@value Question#DEFAULT_MAX_RELATED_LINKS}): see {@link HtmlOptions#maxRelatedLinks()}.
     *
     * @param maxRelatedLinks at least 0; 0 lists only an answer's own related links
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder maxRelatedLinks(int maxRelatedLinks) {
      this.maxRelatedLinks = atLeast(0, maxRelatedLinks, "maxRelatedLinks");
      return this;
    }

    /**
     * Sets whether the output is also meant for an XML 1.0 document (default {@code false}):
     * see {@link HtmlOptions#xmlCompatible()}.
     *
     * @param xmlCompatible {@code true} to drop the characters XML cannot carry, and U+FFFD,
     *     instead of writing U+FFFD for them
     * @return this builder
     */
    public Builder xmlCompatible(boolean xmlCompatible) {
      this.xmlCompatible = xmlCompatible;
      return this;
    }

    /**
     * Sets the labels (default {@link HtmlLabels#ENGLISH}).
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder labels(HtmlLabels labels) {
      this.labels = Objects.requireNonNull(labels, "labels");
      return this;
    }

    /**
     * Sets the feeds a page's head announces for autodiscovery (default none), in place of
     * those set before.
     *
     * @param feeds the feeds, in the order their links are written; empty for none
     * @return this builder
     */
    public Builder feeds(List<FeedLink> feeds) {
      // immutable: the copies of this builder may share it
      this.feeds = List.copyOf(Objects.requireNonNull(feeds, "feeds"));
      return this;
    }

    private static String matching(String value, String option, Pattern pattern, String rule) {
      if (!pattern.matcher(Objects.requireNonNull(value, option)).matches()) {
        throw new IllegalArgumentException(option + " must be " + rule + "; was \"" + value + "\"");
      }
      return value;
    }

    private static int atLeast(int min, int value, String option) {
      if (value < min) {
        throw new IllegalArgumentException(option + " must be at least " + min + ", was " + value);
      }
      return value;
    }

    /** {@return new immutable options with this builder's values} */
    public HtmlOptions build() {
      return new HtmlOptions(this);
    }
  }
}
