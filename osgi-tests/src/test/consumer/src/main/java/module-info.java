/** A consumer of the Roundtable BOM: the feeds and the JSON format, nothing else named. */
module com.example.consumer {
  requires dev.roundtable.rss;
  requires dev.roundtable.json;
}
