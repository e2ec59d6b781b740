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
import dev.roundtable.rss.Channel;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * The peer's feed: a ROME {@link SyndFeed} built from the same channel and answers as
 * Roundtable's, as ROME's documentation has it, with the same HTML for bodies (from
 * export-html) and the same escaped standfirst for descriptions. ROME without its modules has
 * no place for an item's image, so its feeds carry none.
 */
final class RomeFeed {
  private static final HtmlExporter HTML = HtmlExporter.defaults();

  private RomeFeed() {}

  /**
   * The feed, built now.
   *
   * @param channel the channel
   * @param answers the answers, newest first
   * @param feedType ROME's name of the format, e.g. {@code rss_2.0}
   * @return the feed
   */
  static SyndFeed of(Channel channel, List<Answer> answers, String feedType) {
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
      entries.add(entry(answer, channel.summaryLength()));
    }
    feed.setEntries(entries);
    return feed;
  }

  /**
   * ROME's whole work: the feed built and written in UTF-8, through an
   * {@link java.io.OutputStreamWriter} as a servlet's writer would, into a discarding sink.
   *
   * @param channel the channel
   * @param answers the answers, newest first
   * @param feedType ROME's name of the format
   * @return the bytes written
   * @throws FeedException when ROME fails
   * @throws IOException never: the sink discards
   */
  static long write(Channel channel, List<Answer> answers, String feedType)
      throws FeedException, IOException {
    DiscardingOutput bytes = new DiscardingOutput();
    Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
    new SyndFeedOutput().output(of(channel, answers, feedType), out);
    out.flush();
    return bytes.take();
  }

  private static SyndEntry entry(Answer answer, int summaryLength) {
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
    description.setValue(Context.HTML.escape(answer.standfirst(summaryLength)));
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
    return entry;
  }
}
