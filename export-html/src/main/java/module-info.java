/** Roundtable's html exporter; its package {@code dev.roundtable.html} arrives with its own issue. */
module dev.roundtable.html {
  requires transitive dev.roundtable.model;
}
