/** Roundtable's rss exporter; its package {@code dev.roundtable.rss} arrives with its own issue. */
module dev.roundtable.rss {
  requires transitive dev.roundtable.model;
}
