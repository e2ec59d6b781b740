/** Roundtable's json exporter; its package {@code dev.roundtable.json} arrives with its own issue. */
module dev.roundtable.json {
  requires transitive dev.roundtable.model;
}
