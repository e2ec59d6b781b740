package dev.roundtable.cli;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Contributor;
import dev.roundtable.model.Emphasis;
import dev.roundtable.model.Heading;
import dev.roundtable.model.Link;
import dev.roundtable.model.ListBlock;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.Quote;
import dev.roundtable.model.Series;
import dev.roundtable.model.Strong;
import dev.roundtable.model.Text;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Text-heavy questions for page tests: many answers, each with its own long body of paragraphs,
 * headings, lists, quotes, emphasis and links in several scripts (the project's own text).
 */
final class TextHeavy {
  private static final String[][] PROSE = {
    {"Every good manager I had asked one question before giving advice", "and waited for the"
        + " answer; the habit costs a minute and saves a month of guessing."},
    {"Une bonne mentore ne donne pas de réponses toutes faites", "elle pose la question qui"
        + " vous oblige à réfléchir à voix haute, même quand c’est inconfortable."},
    {"Хороший наставник не решает задачу за вас", "он помогает увидеть, какие вопросы вы ещё"
        + " не задали себе, и терпеливо ждёт."},
    {"良い指導者は答えを教えるのではなく", "自分で考えるための質問をしてくれる人です。失敗の話も隠しません。"},
    {"Ein guter Rat kommt selten ungefragt", "aber wer zuhört, bekommt mehr davon, als er"
        + " erwartet hätte 🙂."},
  };
  private static final String[] NAMES = {
    "Ada Okafor", "Zoë Lindqvist", "Ирина Соколова", "佐藤 美咲", "Søren Ødegaard", "Maël Ferré",
  };

  private TextHeavy() {}

  /** A question with {@code answers} answers of {@code paragraphs} paragraphs each. */
  static Question question(int answers, int paragraphs) {
    Question.Builder question = Question.builder().id("what-did-your-first-boss-teach-you")
        .text("What did your first boss teach you that you still use every week?")
        .url("https://example.com/panel/first-boss")
        .series(Series.named("The Panel"));
    for (int i = 0; i < answers; i++) {
      question.answer(answer(i, paragraphs));
    }
    return question.build();
  }

  private static Answer answer(int i, int paragraphs) {
    String name = NAMES[i % NAMES.length] + (i >= NAMES.length ? " " + (i / NAMES.length + 1) : "");
    return Answer.builder().id("answer-" + i)
        .headline(PROSE[i % PROSE.length][0] + " (" + (i + 1) + ")")
        .url("https://example.com/panel/first-boss/answer-" + i)
        .publishedAt(Instant.parse("2026-03-01T09:00:00Z").plusSeconds(3_600L * i))
        .contributor(Contributor.of(name, "Head of Operations", "Company " + (char) ('A' + i % 26)))
        .body(body(i, paragraphs))
        .build();
  }

  private static Body body(int seed, int paragraphs) {
    List<Block> blocks = new ArrayList<>();
    for (int p = 0; p < paragraphs; p++) {
      String[] prose = PROSE[(seed + p) % PROSE.length];
      if (p % 4 == 2) {
        blocks.add(Heading.of(2, "Part " + (p / 4 + 1) + ": " + prose[0]));
      }
      blocks.add(Paragraph.of(new Text(prose[0] + ", "), Emphasis.of("answer " + seed),
          new Text(" — "), Strong.of(prose[1]), new Text(" "),
          Link.of("https://example.com/notes/" + seed + "/" + p, "Read the note " + p),
          new Text(".")));
      if (p % 5 == 3) {
        blocks.add(ListBlock.of(p % 2 == 0, "Ask first", "Listen to the end", "Write it down"));
      }
      if (p % 6 == 5) {
        blocks.add(Quote.of(prose[1]));
      }
    }
    return Body.of(blocks.toArray(Block[]::new));
  }
}
