package dev.roundtable.cli;

import dev.roundtable.model.InvalidModelException;
import dev.roundtable.model.Url;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** How exports look: the options {@code export} shares with {@code demo}'s defaults. */
final class RenderOptions {
  @Option(names = "--base-url", paramLabel = "URL", converter = UrlConverter.class, order = 10,
      description = "Absolute http(s) URL of the directory the output is published in; feeds"
          + " need it for their self link and the links of answers without url.")
  Url baseUrl;

  @Option(names = "--title", paramLabel = "TEXT", order = 11,
      description = "Title of the feed, or of a page of several questions (default: the"
          + " question, or the series); a page of one question or answer takes its own.")
  String title;

  @Option(names = "--limit", paramLabel = "N", converter = LimitConverter.class, order = 12,
      description = "Feeds: at most N items, newest first (default: all).")
  int limit;

  @Option(names = "--hub", paramLabel = "URL", converter = HubConverter.class, order = 12,
      description = "Feeds: a WebSub hub readers may subscribe at, an absolute http(s) URL;"
          + " repeat for several.")
  List<Url> hubs = new ArrayList<>();

  @Option(names = "--zone", paramLabel = "ZONE", converter = ZoneConverter.class, order = 13,
      description = "Time zone of dates in HTML, e.g. Europe/London (default: UTC).")
  ZoneId zone;

  @Option(names = "--locale", paramLabel = "TAG", converter = LocaleConverter.class, order = 14,
      description = "Language of dates in HTML and of feeds, as a BCP 47 tag, e.g. en-GB"
          + " (default: en).")
  Locale locale;

  @Option(names = "--pretty", order = 15,
      description = "Indent JSON output (json, jsonld).")
  boolean pretty;

  /** The zone dates are shown in. */
  ZoneId zoneOrDefault() {
    return zone != null ? zone : ZoneId.of("UTC");
  }

  /** The language of dates and feeds. */
  Locale localeOrDefault() {
    return locale != null ? locale : Locale.ENGLISH;
  }

  /** {@code --base-url}: an absolute http or https URL, as the model defines one. */
  static final class UrlConverter implements ITypeConverter<Url> {
    @Override
    public Url convert(String value) {
      Url url;
      try {
        url = Url.of(value);
      } catch (InvalidModelException e) {
        throw new TypeConversionException(Echo.quote(value) + " " + e.rule());
      }
      if (url.toUri().getRawQuery() != null || url.toUri().getRawFragment() != null) {
        throw new TypeConversionException(Echo.quote(value) + " must have no query or fragment:"
            + " file names and answer ids are appended to it");
      }
      return url.toString().endsWith("/") ? url : Url.of(url + "/");
    }
  }

  /** {@code --hub}: an absolute http or https URL (a query is allowed: some hubs have one). */
  static final class HubConverter implements ITypeConverter<Url> {
    @Override
    public Url convert(String value) {
      try {
        return Url.of(value);
      } catch (InvalidModelException e) {
        throw new TypeConversionException(Echo.quote(value) + " " + e.rule());
      }
    }
  }

  /** {@code --limit}: a positive number. */
  static final class LimitConverter implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int limit;
      try {
        limit = Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new TypeConversionException(Echo.quote(value) + " is not a number");
      }
      if (limit < 1) {
        throw new TypeConversionException("must be at least 1, was " + limit);
      }
      return limit;
    }
  }

  /** {@code --zone}: a region id such as Europe/London, or an offset such as +02:00. */
  static final class ZoneConverter implements ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value);
      } catch (java.time.DateTimeException e) {
        throw new TypeConversionException(Echo.quote(value)
            + " is not a time zone (use a region such as Europe/London or an offset such as +02:00)");
      }
    }
  }

  /** {@code --locale}: a well-formed BCP 47 language tag. */
  static final class LocaleConverter implements ITypeConverter<Locale> {
    @Override
    public Locale convert(String value) {
      try {
        Locale locale = new Locale.Builder().setLanguageTag(value).build();
        if (locale.getLanguage().isEmpty()) {
          throw new TypeConversionException(Echo.quote(value) + " names no language");
        }
        return locale;
      } catch (java.util.IllformedLocaleException e) {
        throw new TypeConversionException(Echo.quote(value)
            + " is not a BCP 47 language tag (e.g. en, en-GB, fr-CA)");
      }
    }
  }
}
