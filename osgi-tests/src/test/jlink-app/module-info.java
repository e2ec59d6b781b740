/**
 * A tiny application on the library's module path, linked by jlink in JlinkImageIT: it
 * requires the feeds and the JSON format, and through them the model, the text engine, the
 * HTML exporter and jackson-core, all named modules.
 */
module dev.roundtable.example.feeds {
  requires dev.roundtable.json;
  requires dev.roundtable.rss;
}
