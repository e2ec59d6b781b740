package dev.roundtable.bench;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.Question;
import dev.roundtable.rss.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What the pairs write, by the name of the benchmarks' {@code corpus} parameter:
 * <ul>
 *   <li>{@code copies}: the suite's first fixture, kept for comparison: 1,000 copies of the
 *       bundled example's featured answer ({@link FeedAnswers}), every body the same objects, in
 *       ASCII but for a dash and curly quotes; its HTML pages are the bundled example's;
 *   <li>{@code realistic}: 1,000 answers of {@link RealisticCorpus}, all different, the
 *       questions taking the four scripts in turn;
 *   <li>{@code english}, {@code latin}, {@code cyrillic}, {@code cjk}: the same in one script.
 * </ul>
 * Built once per JMH trial, in the benchmarks' setup.
 */
final class Corpus {
  /** The names, in the order the report shows them. */
  static final List<String> NAMES =
      List.of("copies", "realistic", "english", "latin", "cyrillic", "cjk");
  /** Answers in a corpus. */
  static final int ANSWERS = 1000;
  /** Answers on a question index page. */
  static final int INDEX = 100;

  /** A question and one of its answers: what an answer page shows. */
  record Page(Question question, Answer answer) {}

  private final String name;
  private final List<Question> questions;

  private Corpus(String name, List<Question> questions) {
    this.name = name;
    this.questions = questions;
  }

  /**
   * A corpus by name.
   *
   * @param name one of {@link #NAMES}
   * @return the corpus, generated now
   * @throws IllegalArgumentException for another name
   */
  static Corpus named(String name) {
    if (name.equals("copies")) {
      return new Corpus(name, List.of());
    }
    List<Script> scripts = name.equals("realistic") ? List.of(Script.values())
        : List.of(script(name));
    return new Corpus(name, RealisticCorpus.questions(ANSWERS, seed(name), scripts));
  }

  /** The corpus's name. */
  String name() {
    return name;
  }

  /** The generated questions; empty for {@code copies}. */
  List<Question> questions() {
    return questions;
  }

  /** The 1,000 answers of a feed, newest first. */
  List<Answer> answers() {
    List<Answer> answers = new ArrayList<>(ANSWERS);
    if (questions.isEmpty()) {
      for (int i = 0; i < ANSWERS; i++) {
        answers.add(FeedAnswers.answer(i));
      }
    } else {
      questions.forEach(q -> answers.addAll(q.answers()));
    }
    return answers;
  }

  /** The feed channel, titled in the corpus's language ({@code en} when mixed). */
  Channel channel(String extension) {
    if (questions.isEmpty()) {
      return FeedAnswers.channel(extension);
    }
    Vocabulary words = name.equals("realistic") ? Script.ENGLISH.vocabulary()
        : script(name).vocabulary();
    Prose prose = new Prose(words, new SplittableRandom(seed(name) + 1), false);
    String home = "https://example.com/" + (name.equals("realistic") ? "" : words.language() + "/");
    return Channel.builder()
        .title(words.channel())
        .link(home)
        .description(prose.sentence(10, 20).strip())
        .selfUrl(home + "feed." + extension)
        .language(words.language())
        .generator("Roundtable")
        .build();
  }

  /** The document of a JSON pair: the questions with their 1,000 answers. */
  Document document() {
    if (!questions.isEmpty()) {
      return new Document(questions);
    }
    List<Answer> answers = new ArrayList<>(ANSWERS);
    Answer featured = MentoringExample.featured();
    for (int i = 0; i < ANSWERS; i++) {
      answers.add(featured.toBuilder().id("answer-" + i)
          .url(MentoringExample.BASE + "answer-" + i).build());
    }
    return Document.of(MentoringExample.question().toBuilder().answers(answers).build());
  }

  /** The answer pages an HTML pair renders in turn: every answer with its question. */
  List<Page> answerPages() {
    if (questions.isEmpty()) {
      return List.of(new Page(MentoringExample.question(), MentoringExample.featured()));
    }
    List<Page> pages = new ArrayList<>(ANSWERS);
    questions.forEach(q -> q.answers().forEach(a -> pages.add(new Page(q, a))));
    return pages;
  }

  /** The index pages an HTML pair renders in turn, each of {@link #INDEX} answers. */
  List<Question> indexPages() {
    if (questions.isEmpty()) {
      return List.of(HtmlFixtures.withAnswers(INDEX));
    }
    List<Answer> answers = answers();
    List<Question> pages = new ArrayList<>();
    int step = questions.size() * INDEX / ANSWERS;
    for (int from = 0; from + INDEX <= answers.size(); from += INDEX) {
      Question question = questions.get(from / INDEX * step);
      pages.add(question.toBuilder().id(question.id() + "-index")
          .answers(answers.subList(from, from + INDEX)).build());
    }
    return pages;
  }

  private static Script script(String name) {
    for (Script script : Script.values()) {
      if (script.name().toLowerCase(Locale.ROOT).equals(name)) {
        return script;
      }
    }
    throw new IllegalArgumentException("unknown corpus " + name + "; known: " + NAMES);
  }

  private static long seed(String name) {
    return 0x13_0000L + name.hashCode();
  }
}
