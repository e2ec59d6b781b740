package dev.roundtable.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The words and conventions from which {@link Prose} writes text in one language: content
 * words, the small words between them, punctuation and quotation marks, names, roles,
 * organizations and topics for contributors and articles, and the labels of a channel. All of
 * it written for these benchmarks.
 *
 * @param language the BCP 47 language tag, e.g. {@code cs}
 * @param spaced whether words are separated by spaces (false for Japanese)
 * @param words content words: nouns, verbs, adjectives
 * @param glue the small words between them (articles, prepositions; particles in Japanese)
 * @param endings sentence endings that follow the last word (Japanese verb endings), or empty
 * @param comma the comma, with its space where the script has one
 * @param stops the sentence ends, full stop first, with their trailing space
 * @param quotes the opening and the closing quotation mark
 * @param firstNames given names
 * @param lastNames family names
 * @param familyFirst whether the family name comes first
 * @param roles job titles
 * @param organizations employers
 * @param affiliation the format of an affiliation from a role ({@code %1$s}) and an
 *     organization ({@code %2$s})
 * @param topics article topics
 * @param photo the word that introduces a photo credit, e.g. {@code Photo:}
 * @param series the name of the column the questions belong to
 * @param channel the feed channel's title
 */
record Vocabulary(String language, boolean spaced, List<String> words, List<String> glue,
    List<String> endings, String comma, List<String> stops, List<String> quotes,
    List<String> firstNames, List<String> lastNames, boolean familyFirst, List<String> roles,
    List<String> organizations, String affiliation, List<String> topics, String photo, String series,
    String channel) {

  Vocabulary {
    Objects.requireNonNull(language, "language");
    words = List.copyOf(words);
    glue = List.copyOf(glue);
    endings = List.copyOf(endings);
    stops = List.copyOf(stops);
    quotes = List.copyOf(quotes);
    firstNames = List.copyOf(firstNames);
    lastNames = List.copyOf(lastNames);
    roles = List.copyOf(roles);
    organizations = List.copyOf(organizations);
    topics = List.copyOf(topics);
    if (quotes.size() != 2 || stops.isEmpty() || words.isEmpty() || glue.isEmpty()) {
      throw new IllegalArgumentException("incomplete vocabulary for " + language);
    }
  }

  /**
   * The entries of a list written as one string.
   *
   * @param entries the entries, separated by {@code |}; runs of white space in an entry
   *     become one space
   * @return the list
   */
  static List<String> list(String entries) {
    return Arrays.stream(entries.split("\\|")).map(e -> e.strip().replaceAll("\\s+", " "))
        .toList();
  }

  /**
   * The words of a string.
   *
   * @param words words separated by spaces
   * @return the list
   */
  static List<String> words(String words) {
    return List.of(words.strip().split("\\s+"));
  }
}
