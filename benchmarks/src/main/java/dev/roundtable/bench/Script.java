package dev.roundtable.bench;

/**
 * The writing systems of the realistic corpus, each with the language that stands for it.
 * Their names, lower-cased, are corpus names of the benchmarks ({@link Corpus}).
 */
enum Script {
  /** English: ASCII, with curly quotes and apostrophes. */
  ENGLISH(English.vocabulary()),
  /** Czech: a Latin script with diacritics (two bytes each in UTF-8). */
  LATIN(Czech.vocabulary()),
  /** Russian: Cyrillic (two bytes a letter in UTF-8). */
  CYRILLIC(Russian.vocabulary()),
  /** Japanese: kanji and kana (three bytes a character in UTF-8). */
  CJK(Japanese.vocabulary());

  private final Vocabulary vocabulary;

  Script(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** The words and conventions of the script's language. */
  Vocabulary vocabulary() {
    return vocabulary;
  }
}
