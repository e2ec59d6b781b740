/**
 * Roundtable's HTML exporter: answers, question indexes, intro lines, related links and bodies
 * as valid, accessible, injection-proof HTML fragments ({@link dev.roundtable.html.HtmlExporter}),
 * the project's HTML escaper ({@link dev.roundtable.html.HtmlEscaper}) and the import of CMS
 * HTML into the body model ({@link dev.roundtable.html.HtmlBody}).
 */
@SuppressWarnings("module") // the qualified export names a module compiled after this one
module dev.roundtable.html {
  requires transitive dev.roundtable.model;
  requires org.jsoup;

  exports dev.roundtable.html;
  exports dev.roundtable.html.internal to dev.roundtable.rss;

  /** JSON-LD (HtmlOptions.Metadata.JSON_LD) from whichever module provides it. */
  uses dev.roundtable.model.StructuredData;
}
