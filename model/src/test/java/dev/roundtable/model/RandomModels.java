package dev.roundtable.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Seeded generator of valid models full of hostile text, for generated-input tests in every
 * module. The same seed gives the same models; tests take their seeds from {@link #seeds(int)}
 * and show the seed in the test's name, so any failure can be replayed.
 *
 * <p>Text mixes plain words with markup and template syntax, quotes, backslashes, CDATA ends,
 * right-to-left and supplementary characters, C0 and C1 controls (all but U+0000, which the
 * model rejects), DEL and noncharacters: everything the model accepts and exporters must survive.
 */
public final class RandomModels {
  private static final String[] HOSTILE = {
    "</script><script>alert(1)</script>", "<b>bold</b>", "&amp;", "&eacute;", "&#0;", "]]>",
    "<![CDATA[", "--", "<!--", "-->", "\"", "'", "\\", "\\u0000", "{{x}}", "${x}", "<%= x %>",
    "\u2028", "\u2029", "\u202E", "\u200B", "\uFEFF", "\uD83D\uDE00", "\uD834\uDD1E", "עברית",
    "العربية", "日本語", "\r\n", "\t", "\u000B", "\u000C", "\u001F", "\u007F", "\u0085", "\u009F",
    "\uFDD0", "\uFFFE", "\uFFFF", "\uD83F\uDFFE", "javascript:alert(1)", "<svg onload=alert(1)>",
    "<img src=x onerror=alert(1)>", "\" onmouseover=\"alert(1)", "' onfocus='alert(1)",
  };
  private static final String[] WORDS = {
    "mentor", "career", "leader", "growth", "vision", "risk", "team", "ask", "learn", "panel",
  };

  private final Random random;
  /** How many answer URLs this generator made: each answer's URL is unique in a document. */
  private int answerUrls;

  /**
   * A generator for one seed.
   *
   * @param seed the seed
   */
  public RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Seeds for a parameterized test: fixed, so runs are reproducible, and many.
   *
   * @param count how many seeds
   * @return the seeds
   */
  public static Stream<Long> seeds(int count) {
    return LongStream.range(0, count).map(i -> 0x5EED_0000L + i * 7919L).boxed();
  }

  /**
   * The underlying random source, for tests that need more choices.
   *
   * @return the random source
   */
  public Random random() {
    return random;
  }

  /**
   * A non-empty string of up to {@code maxParts} pieces: words, hostile fragments and random
   * code points. May be blank.
   *
   * @param maxParts how many pieces at most
   * @return the string
   */
  public String text(int maxParts) {
    StringBuilder out = new StringBuilder();
    int parts = 1 + random.nextInt(maxParts);
    for (int i = 0; i < parts; i++) {
      switch (random.nextInt(4)) {
        case 0:
          out.append(HOSTILE[random.nextInt(HOSTILE.length)]);
          break;
        case 1:
          out.appendCodePoint(codePoint());
          break;
        default:
          out.append(WORDS[random.nextInt(WORDS.length)]);
      }
      if (random.nextBoolean()) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /**
   * A string that the model accepts where text must not be blank.
   *
   * @param maxParts how many pieces at most
   * @return the string, with at least one word in it
   */
  public String line(int maxParts) {
    return text(maxParts) + WORDS[random.nextInt(WORDS.length)];
  }

  /**
   * Any Unicode scalar value but U+0000: a valid code point, never a lone surrogate.
   *
   * @return the code point
   */
  public int codePoint() {
    switch (random.nextInt(4)) {
      case 0:
        return 1 + random.nextInt(0x9F); // C0, ASCII, DEL, C1
      case 1:
        return 0xA0 + random.nextInt(0xD800 - 0xA0);
      case 2:
        return 0xE000 + random.nextInt(0x10000 - 0xE000);
      default:
        return 0x10000 + random.nextInt(0x10FFFF - 0x10000 + 1);
    }
  }

  /**
   * An identifier: printable, 1 to 40 characters, possibly non-ASCII.
   *
   * @param prefix a prefix that keeps ids unique
   * @return the id
   */
  public String id(String prefix) {
    StringBuilder out = new StringBuilder(prefix);
    int extra = random.nextInt(6);
    for (int i = 0; i < extra; i++) {
      int cp = codePoint();
      if (!Character.isISOControl(cp)) {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * A valid http or https URL with a random path and query.
   *
   * @return the URL's text
   */
  public String url() {
    String[] safe = {"a", "b", "mentor", "%20", "%C3%A9", "-", "_", "~", ".", "!", "$", "&", "'",
        "(", ")", "*", "+", ",", ";", "=", ":", "@", "%3C", "%22"};
    StringBuilder out = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
    out.append(random.nextBoolean() ? "example.com" : "news.example.org:8080");
    int segments = random.nextInt(4);
    for (int i = 0; i < segments; i++) {
      out.append('/');
      int pieces = 1 + random.nextInt(4);
      for (int j = 0; j < pieces; j++) {
        out.append(safe[random.nextInt(safe.length)]);
      }
    }
    if (random.nextInt(4) == 0) {
      out.append("?q=").append(safe[random.nextInt(safe.length)]).append("&x=1");
    }
    if (random.nextInt(6) == 0) {
      out.append("#part");
    }
    return out.toString();
  }

  /**
   * A string that may or may not be an acceptable URL: pieces of real URLs (schemes in any case,
   * hosts, user information, ports, paths, queries) mixed with dangerous spellings (entities,
   * percent escapes, white space, control and invisible characters, other schemes). For tests
   * that every string accepted as a URL is one.
   *
   * @return the candidate URL's text
   */
  public String urlCandidate() {
    String[] schemes = {"http", "https", "HTTP", "HtTpS", "mailto", "MAILTO", "javascript",
        "JaVaScRiPt", "vbscript", "data", "file", "ftp", "java\tscript", "jav&#x09;ascript",
        "&#106;avascript", "%6Aavascript", "", " http", "ht tp", "https\u0000", "h\ttps"};
    String[] separators = {"://", ":", ":/", ":///", "//", "&#58;", "%3A", ":\\", ": //",
        "://@", "\n://"};
    String[] hosts = {"example.com", "news.example.org:8080", "evil.com", "127.0.0.1",
        "[2001:db8::1]", "user:pass@example.com", "example.com@evil.com", "exa_mple.com",
        "xn--fsqu00a.xn--0zwm56d", "例子.测试", "", ":80", "example.com:", "a%40b.com",
        "panel@example.com"};
    StringBuilder out = new StringBuilder();
    if (random.nextInt(10) == 0) {
      out.append(HOSTILE[random.nextInt(HOSTILE.length)]);
    }
    String scheme = schemes[random.nextInt(schemes.length)];
    out.append(scheme);
    if (scheme.equalsIgnoreCase("mailto") && random.nextBoolean()) {
      out.append(':');
    } else {
      out.append(random.nextInt(3) == 0 ? separators[random.nextInt(separators.length)] : "://");
    }
    out.append(hosts[random.nextInt(hosts.length)]);
    if (random.nextBoolean()) {
      out.append(url().replaceFirst("^https?://[^/]*", ""));
    }
    if (random.nextInt(5) == 0) {
      int at = random.nextInt(out.length() + 1);
      out.insert(at, new String(Character.toChars(codePoint())));
    }
    if (random.nextInt(8) == 0) {
      out.append(HOSTILE[random.nextInt(HOSTILE.length)]);
    }
    return out.toString();
  }

  /**
   * Running text for excerpts: words of any length (up to 25 code points, sometimes
   * supplementary characters), punctuation, and runs of white space of every kind.
   *
   * @param maxWords how many words at most
   * @return the text, possibly blank
   */
  public String prose(int maxWords) {
    String[] spaces = {" ", " ", " ", "  ", "\n", "\t", "\r\n", "\u00A0", "\u2003",
        "\u3000", " \n\n "};
    String[] punctuation = {"", "", "", ",", ".", ";", ":", " -", " —", "!", "?"};
    StringBuilder out = new StringBuilder();
    int words = random.nextInt(maxWords + 1);
    for (int i = 0; i < words; i++) {
      if (i > 0 || random.nextInt(5) == 0) {
        out.append(spaces[random.nextInt(spaces.length)]);
      }
      int length = 1 + random.nextInt(random.nextInt(5) == 0 ? 25 : 8);
      for (int j = 0; j < length; j++) {
        int kind = random.nextInt(10);
        if (kind == 0) {
          out.appendCodePoint(0x1F600 + random.nextInt(0x50));
        } else if (kind == 1) {
          out.appendCodePoint(0x4E00 + random.nextInt(0x100));
        } else {
          out.append((char) ('a' + random.nextInt(26)));
        }
      }
      out.append(punctuation[random.nextInt(punctuation.length)]);
    }
    if (random.nextInt(5) == 0) {
      out.append(spaces[random.nextInt(spaces.length)]);
    }
    return out.toString();
  }

  /**
   * A contributor with any mix of optional fields.
   *
   * @return the contributor
   */
  public Contributor contributor() {
    Contributor.Builder b = Contributor.builder(line(4));
    if (random.nextBoolean()) {
      b.role(line(2));
    }
    if (random.nextBoolean()) {
      b.organization(line(3));
    }
    if (random.nextInt(4) == 0) {
      b.affiliation(line(5));
    }
    if (random.nextBoolean()) {
      b.url(url());
    }
    if (random.nextInt(3) == 0) {
      if (random.nextBoolean()) {
        b.imageUrl(url());
      } else {
        b.image(image()); // now and then as plain as an imageUrl: the writer's shorthand
      }
    }
    int links = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
    for (int i = 0; i < links; i++) {
      b.sameAs(url().replaceFirst("^(https?://[^/?#]*)", "$1/same-as-" + i)); // unique
    }
    if (random.nextInt(4) == 0) {
      b.fediverse(fediverseHandle());
    }
    return b.build();
  }

  /**
   * A fediverse handle, {@code @name@host} or {@code name@host}: letters, digits, {@code _},
   * inner dots and hyphens, the longest name, hosts of two or three labels (up to the longest
   * label) in any case, which the model lowers.
   *
   * @return the handle's text
   */
  public String fediverseHandle() {
    String[] users = {"alice", "Bob_2", "j.doe", "a-b", "_", "x", "u".repeat(64)};
    String[] labels = {"mastodon", "social", "example", "xn--bcher-kva", "MASTODON", "a-b", "9",
        "l".repeat(63)};
    StringBuilder host = new StringBuilder(labels[random.nextInt(labels.length)]);
    int more = 1 + random.nextInt(2);
    for (int i = 0; i < more; i++) {
      host.append('.').append(labels[random.nextInt(labels.length)]);
    }
    return (random.nextBoolean() ? "@" : "") + users[random.nextInt(users.length)] + "@" + host;
  }

  /**
   * The organization behind a series, with any mix of its optional fields.
   *
   * @return the publisher
   */
  public Publisher publisher() {
    Publisher publisher = new Publisher(line(3), random.nextBoolean() ? Url.of(url()) : null,
        null);
    return random.nextBoolean() ? publisher.withLogo(image()) : publisher;
  }

  /**
   * A body of one to five random blocks.
   *
   * @return the body
   */
  public Body body() {
    int count = 1 + random.nextInt(5);
    List<Block> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      blocks.add(block());
    }
    return new Body(blocks);
  }

  /**
   * A random block of any kind.
   *
   * @return the block
   */
  public Block block() {
    switch (random.nextInt(6)) {
      case 0:
        return new Heading(2 + random.nextInt(5), visibleInlines(2));
      case 1:
        return new Quote(inlines(2), random.nextBoolean() ? line(3) : null);
      case 2: {
        int items = 1 + random.nextInt(4);
        List<List<Inline>> list = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
          list.add(inlines(2));
        }
        return new ListBlock(random.nextBoolean(), list);
      }
      case 3:
        return Paragraph.of(text(8));
      default:
        return new Paragraph(inlines(3));
    }
  }

  /**
   * One to four random inlines, nested up to {@code depth} levels.
   *
   * @param depth how deep emphasis, strong and links may nest
   * @return the inlines
   */
  public List<Inline> inlines(int depth) {
    int count = 1 + random.nextInt(4);
    List<Inline> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(inline(depth));
    }
    return out;
  }

  /**
   * Random inlines that show at least one visible character, as a heading's and a link's must:
   * {@link #inlines(int)} (which may show nothing: breaks, controls, U+200B) with a word put
   * among them.
   *
   * @param depth how deep emphasis, strong and links may nest
   * @return the inlines
   */
  public List<Inline> visibleInlines(int depth) {
    List<Inline> out = new ArrayList<>(inlines(depth));
    out.add(random.nextInt(out.size() + 1), new Text(WORDS[random.nextInt(WORDS.length)]));
    return out;
  }

  private Inline inline(int depth) {
    int kind = random.nextInt(depth > 0 ? 7 : 3);
    switch (kind) {
      case 0:
        return new Code(text(3));
      case 1:
        return LineBreak.INSTANCE;
      case 2:
      case 3:
        return new Text(text(6));
      case 4:
        return new Emphasis(inlines(depth - 1));
      case 5:
        return new Strong(inlines(depth - 1));
      default:
        String href = random.nextInt(5) == 0 ? "mailto:panel@example.com" : url();
        return new Link(Url.linkTarget(href), visibleInlines(depth - 1));
    }
  }

  /**
   * An image with any mix of optional fields.
   *
   * @return the image
   */
  public Image image() {
    Image image = Image.of(url(), random.nextInt(4) == 0 ? "" : text(4));
    if (random.nextBoolean()) {
      image = image.withCredit(line(4));
    }
    if (random.nextBoolean()) {
      image = image.withSize(1 + random.nextInt(4000), 1 + random.nextInt(4000));
    }
    if (random.nextInt(3) == 0) {
      image = image.withCrops(crops());
    }
    return image;
  }

  /**
   * One to three crops of different ratios in any order, each of a size that fits its ratio
   * (sometimes a pixel off the exact height, as the model allows).
   *
   * @return the crops
   */
  public Crop[] crops() {
    List<AspectRatio> ratios = new ArrayList<>(List.of(AspectRatio.values()));
    Collections.shuffle(ratios, random);
    Crop[] crops = new Crop[1 + random.nextInt(ratios.size())];
    for (int i = 0; i < crops.length; i++) {
      AspectRatio ratio = ratios.get(i);
      int width = 1 + random.nextInt(random.nextBoolean() ? 20 : 4000);
      int height = (int) ratio.heightFor(width) + random.nextInt(3) - 1;
      if (height < 1 || !ratio.fits(width, height)) {
        height = (int) ratio.heightFor(width);
      }
      crops[i] = Crop.of(ratio, url(), width, height);
    }
    return crops;
  }

  /**
   * An instant between 1970 and 2100, sometimes with fractional seconds.
   *
   * @return the instant
   */
  public Instant instant() {
    long seconds = (long) (random.nextDouble() * 4_102_444_800L);
    int nanos = random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /**
   * An answer with any mix of optional fields.
   *
   * @param id the answer's id
   * @return the answer
   */
  public Answer answer(String id) {
    Instant published = instant();
    Answer.Builder b = Answer.builder()
        .id(id)
        .headline(line(6))
        .publishedAt(published)
        .contributor(contributor())
        .body(body());
    if (random.nextInt(4) != 0) {
      // a first path segment of its own: answers sharing a URL would share a feed item's id
      b.url(url().replaceFirst("^(https?://[^/?#]*)", "$1/" + ++answerUrls));
    }
    if (random.nextBoolean()) {
      b.updatedAt(published.plusSeconds(random.nextInt(1_000_000)));
    }
    if (random.nextBoolean()) {
      b.summary(line(10));
    }
    if (random.nextBoolean()) {
      b.image(image());
    }
    int topics = random.nextInt(4);
    for (int i = 0; i < topics; i++) {
      b.topic(line(2));
    }
    int links = random.nextInt(3);
    for (int i = 0; i < links; i++) {
      b.relatedLink(RelatedLink.of(line(5), url(), random.nextBoolean() ? contributor() : null));
    }
    return b.build();
  }

  /**
   * A question with {@code answers} answers whose ids start with the question's id.
   *
   * @param id the question's id
   * @param answers how many answers
   * @return the question
   */
  public Question question(String id, int answers) {
    Question.Builder b = Question.builder().id(id).text(line(8));
    if (random.nextBoolean()) {
      b.url(url());
    }
    if (random.nextBoolean()) {
      b.series(new Series(line(3), random.nextBoolean() ? line(10) : null,
          random.nextBoolean() ? Url.of(url()) : null,
          random.nextInt(3) == 0 ? publisher() : null));
    }
    int topics = random.nextInt(3);
    for (int i = 0; i < topics; i++) {
      b.topic(line(2));
    }
    if (random.nextBoolean()) {
      b.askedAt(instant());
    }
    for (int i = 0; i < answers; i++) {
      b.answer(answer(id + "/a" + i + "/" + id("")));
    }
    return b.build();
  }

  /**
   * A document of up to three questions with up to five answers each.
   *
   * @return the document
   */
  public Document document() {
    int questions = 1 + random.nextInt(3);
    List<Question> list = new ArrayList<>(questions);
    for (int q = 0; q < questions; q++) {
      list.add(question("q" + q + id("-"), random.nextInt(6)));
    }
    return new Document(list);
  }
}
