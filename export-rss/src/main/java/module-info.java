/**
 * Roundtable's feeds: streaming {@link dev.roundtable.rss.RssFeedWriter RSS 2.0},
 * {@link dev.roundtable.rss.AtomFeedWriter Atom 1.0} and
 * {@link dev.roundtable.rss.JsonFeedWriter JSON Feed 1.1} writers for sequences of answers,
 * configured by a {@link dev.roundtable.rss.Channel}, their paged and archived forms (RFC 5005:
 * {@link dev.roundtable.rss.FeedPages}, {@link dev.roundtable.rss.FeedArchives}), and a
 * {@link dev.roundtable.rss.WebSubPing WebSub publish ping} that tells hubs a feed changed.
 */
module dev.roundtable.rss {
  requires transitive dev.roundtable.model;
  requires transitive dev.roundtable.text;
  requires dev.roundtable.html;
  requires com.fasterxml.jackson.core;
  requires java.net.http;

  exports dev.roundtable.rss;
}
