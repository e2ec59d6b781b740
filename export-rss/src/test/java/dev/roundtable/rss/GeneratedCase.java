package dev.roundtable.rss;

import dev.roundtable.model.Answer;
import dev.roundtable.model.Block;
import dev.roundtable.model.Body;
import dev.roundtable.model.Code;
import dev.roundtable.model.Image;
import dev.roundtable.model.Paragraph;
import dev.roundtable.model.Question;
import dev.roundtable.model.RandomModels;
import dev.roundtable.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A random channel and question for a seed (RandomModels: arbitrary Unicode, markup, CDATA ends,
 * controls, noncharacters), with hostile HTML, XML and JSON fragments added to every text field
 * the feeds write: channel title, description and generator, headline, summary, contributor
 * name, topics, image text alternative and credit, and a paragraph and a code span of the body.
 *
 * @param seed the seed
 * @param channel the channel
 * @param answers the question's answers newest first, each URL made unique
 */
record GeneratedCase(long seed, Channel channel, List<Answer> answers) {
  /** Fragments that break out of HTML, XML or JSON when written without care. */
  private static final String[] FRAGMENTS = {
    "\"}", "\"},{\"id\":\"x", "\\\"", "\\u0022", "\u2028\u2029", "{\"a\":[1]}", "\\", "/*",
    "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>",
    "&e;", "]]>", "<![CDATA[x]]>", "&#0;", "&#x1F;", "\r\n", "\r", "\f", "&lt;script&gt;",
    "<a href=\"javascript:alert(1)\">x</a>", "<iframe src=//evil.example>", "<style>*{}</style>",
    "<math><mi xlink:href=javascript:alert(1)>", "<base href=//evil.example/>",
    "<svg/onload=alert(1)>", "<img src=x onerror=alert(1)//", "<scr<script>ipt>", "<!--",
    "<p style=\"x:expression(alert(1))\">", "<meta http-equiv=refresh content=0;url=//evil>",
  };

  /**
   * The case for a seed.
   *
   * @param seed the seed
   * @return the case
   */
  static GeneratedCase of(long seed) {
    RandomModels random = new RandomModels(seed);
    Random choice = random.random();
    Channel.Builder channel = Channel.builder().title(hostile(random.line(6), choice))
        .link(random.url()).description(hostile(random.line(12), choice))
        .selfUrl(random.url()).language("en-GB");
    if (choice.nextBoolean()) {
      channel.baseUrl("https://example.com/" + (choice.nextBoolean() ? "a/" : ""));
    }
    if (choice.nextBoolean()) {
      channel.generator(hostile(random.line(3), choice));
    }
    if (choice.nextBoolean()) {
      channel.image(Image.of("https://example.com/logo.png", "").withSize(88, 31));
    }
    if (choice.nextBoolean()) {
      channel.updated(random.instant());
    }
    Question question = random.question("q" + seed, choice.nextInt(7));
    List<Answer> answers = new ArrayList<>();
    for (Answer answer : withUniqueUrls(question)) {
      answers.add(hostile(answer, choice));
    }
    return new GeneratedCase(seed, channel.build(), List.copyOf(answers));
  }

  /** The seed, for every assertion message. */
  String describe() {
    return "seed " + seed + " (replay with GeneratedCase.of(" + seed + "L))";
  }

  private static String hostile(String text, Random choice) {
    String fragment = FRAGMENTS[choice.nextInt(FRAGMENTS.length)];
    return choice.nextBoolean() ? fragment + text : text + fragment;
  }

  private static Answer hostile(Answer answer, Random choice) {
    Answer.Builder b = answer.toBuilder().headline(hostile(answer.headline(), choice))
        .contributor(answer.contributor().toBuilder()
            .name(hostile(answer.contributor().name(), choice)).build());
    if (answer.summary().isPresent()) {
      b.summary(hostile(answer.summary().get(), choice));
    }
    List<String> topics = new ArrayList<>();
    for (String topic : answer.topics()) {
      topics.add(hostile(topic, choice));
    }
    b.topics(topics);
    if (answer.image().isPresent()) {
      Image image = answer.image().get();
      b.image(new Image(image.url(), hostile(image.alt(), choice),
          image.credit().map(c -> hostile(c, choice)).orElse(null),
          image.width().isPresent() ? image.width().getAsInt() : null,
          image.height().isPresent() ? image.height().getAsInt() : null));
    }
    List<Block> blocks = new ArrayList<>(answer.body().blocks());
    blocks.add(choice.nextInt(blocks.size() + 1), Paragraph.of(
        new Text(hostile("text", choice)), new Code(hostile("code", choice))));
    return b.body(new Body(blocks)).build();
  }

  /**
   * The answers newest first, each URL made unique: answers sharing a URL share an item id,
   * which the writers refuse (see DuplicateIdsTest).
   */
  private static List<Answer> withUniqueUrls(Question question) {
    Set<String> seen = new HashSet<>();
    List<Answer> answers = new ArrayList<>();
    for (Answer answer : FeedWriter.newestFirst(question)) {
      String url = answer.url().map(Object::toString).orElse(null);
      if (url != null && !seen.add(url)) {
        answer = answer.toBuilder().url(url + "/" + answer.id().length() + seen.size()).build();
        seen.add(answer.url().orElseThrow().toString());
      }
      answers.add(answer);
    }
    return answers;
  }
}
