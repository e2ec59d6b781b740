/**
 * Roundtable's HTML exporter: answers, question indexes, intro lines, related links and bodies
 * as valid, accessible, injection-proof HTML fragments ({@link dev.roundtable.html.HtmlExporter}),
 * and the project's HTML escaper ({@link dev.roundtable.html.HtmlEscaper}), on the text module's
 * engine. Reading CMS HTML is the {@code dev.roundtable.imports} module's job.
 */
@SuppressWarnings("module") // the qualified export names a module compiled after this one
module dev.roundtable.html {
  requires transitive dev.roundtable.model;
  requires transitive dev.roundtable.text;

  exports dev.roundtable.html;
  exports dev.roundtable.html.internal to dev.roundtable.rss;

  /** JSON-LD (HtmlOptions.Metadata.JSON_LD) from whichever module provides it. */
  uses dev.roundtable.model.StructuredData;
}
