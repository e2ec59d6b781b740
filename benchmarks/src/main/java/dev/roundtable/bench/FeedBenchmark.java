package dev.roundtable.bench;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.roundtable.text.Context;
import dev.roundtable.html.HtmlExporter;
import dev.roundtable.model.Answer;
import dev.roundtable.rss.AtomFeedWriter;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.RssFeedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 1,000-answer feed with the full body of every answer ({@code content:encoded}, Atom
 * {@code content}), written by Roundtable's streaming writers and by ROME 2.x as its docs
 * recommend: build a {@link SyndFeed} from the same answers (the same HTML for bodies and
 * descriptions, from export-html) and write it with {@link SyndFeedOutput}. Building the feed is
 * part of ROME's work, as it is of ours.
 *
 * <p>A feed is a document of bytes (its XML declaration names UTF-8), and a CMS serves bytes: so
 * the pair that counts ({@code rome...}) has ROME write through an {@link OutputStreamWriter} in
 * UTF-8, as a servlet's writer would, into the same discarding sink as ours. The second peer,
 * {@code romeChars...}, is ROME writing characters that are never encoded (a counting
 * {@link Writer}): less work than a feed needs, kept to show the ratio under the peer's most
 * favourable terms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class FeedBenchmark {
  private static final HtmlExporter HTML = HtmlExporter.defaults();

  private List<Answer> answers;
  private Channel rssChannel;
  private Channel atomChannel;
  private RssFeedWriter rss;
  private AtomFeedWriter atom;

  /** Builds the 1,000 answers and the writers, once. */
  @Setup
  public void setUp() {
    answers = new ArrayList<>(1000);
    for (int i = 0; i < 1000; i++) {
      answers.add(FeedAnswers.answer(i));
    }
    rssChannel = FeedAnswers.channel("rss");
    atomChannel = FeedAnswers.channel("atom");
    rss = RssFeedWriter.of(rssChannel);
    atom = AtomFeedWriter.of(atomChannel);
  }

  /**
   * Roundtable: RSS 2.0 of 1,000 answers.
   *
   * @return the bytes written, so that the work is not dead code
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWriteRss1000() throws IOException {
    DiscardingOutput out = new DiscardingOutput();
    rss.write(answers, out);
    return out.take();
  }

  /**
   * ROME: the same feed built as a SyndFeed and written as RSS 2.0 in UTF-8.
   *
   * @return the bytes written, so that the work is not dead code
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long romeWriteRss1000() throws FeedException, IOException {
    return romeBytes(rssChannel, "rss_2.0");
  }

  /**
   * ROME: the same feed written as RSS 2.0 characters, never encoded.
   *
   * @return the characters written
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public int romeCharsWriteRss1000() throws FeedException, IOException {
    return romeChars(rssChannel, "rss_2.0");
  }

  /**
   * Roundtable: Atom 1.0 of 1,000 answers.
   *
   * @return the bytes written
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long roundtableWriteAtom1000() throws IOException {
    DiscardingOutput out = new DiscardingOutput();
    atom.write(answers, out);
    return out.take();
  }

  /**
   * ROME: the same feed built as a SyndFeed and written as Atom 1.0 in UTF-8.
   *
   * @return the bytes written
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public long romeWriteAtom1000() throws FeedException, IOException {
    return romeBytes(atomChannel, "atom_1.0");
  }

  /**
   * ROME: the same feed written as Atom 1.0 characters, never encoded.
   *
   * @return the characters written
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  @Benchmark
  public int romeCharsWriteAtom1000() throws FeedException, IOException {
    return romeChars(atomChannel, "atom_1.0");
  }

  private long romeBytes(Channel channel, String feedType) throws FeedException, IOException {
    DiscardingOutput bytes = new DiscardingOutput();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    new SyndFeedOutput().output(romeFeed(channel, feedType), out);
    out.flush();
    return bytes.take();
  }

  private int romeChars(Channel channel, String feedType) throws FeedException, IOException {
    CountingWriter out = new CountingWriter();
    new SyndFeedOutput().output(romeFeed(channel, feedType), out);
    return out.count;
  }

  private SyndFeed romeFeed(Channel channel, String feedType) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(feedType);
    feed.setTitle(channel.title());
    feed.setLink(channel.link().toString());
    feed.setUri(channel.selfUrl().toString());
    feed.setDescription(channel.description());
    feed.setLanguage(channel.language());
    feed.setGenerator(channel.generator().orElse(null));
    feed.setPublishedDate(Date.from(answers.get(0).lastModified()));
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(channel.selfUrl().toString());
    feed.setLinks(List.of(self));
    List<SyndEntry> entries = new ArrayList<>(answers.size());
    for (Answer answer : answers) {
      SyndEntry entry = new SyndEntryImpl();
      String url = answer.url().orElseThrow().toString();
      entry.setTitle(answer.headline());
      entry.setLink(url);
      entry.setUri(url);
      entry.setPublishedDate(Date.from(answer.publishedAt()));
      entry.setUpdatedDate(Date.from(answer.lastModified()));
      entry.setAuthor(answer.byline().name());
      SyndContent description = new SyndContentImpl();
      description.setType("text/html");
      description.setValue(Context.HTML.escape(answer.standfirst(channel.summaryLength())));
      entry.setDescription(description);
      SyndContent content = new SyndContentImpl();
      content.setType("text/html");
      content.setValue(HTML.body(answer.body()).toString());
      entry.setContents(List.of(content));
      List<SyndCategory> categories = new ArrayList<>();
      for (String topic : answer.topics()) {
        SyndCategory category = new SyndCategoryImpl();
        category.setName(topic);
        categories.add(category);
      }
      entry.setCategories(categories);
      entries.add(entry);
    }
    feed.setEntries(entries);
    return feed;
  }

  /** Counts characters and discards them. */
  private static final class CountingWriter extends Writer {
    int count;

    @Override
    public void write(char[] cbuf, int off, int len) {
      count += len;
    }

    @Override
    public void write(String str, int off, int len) {
      count += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
