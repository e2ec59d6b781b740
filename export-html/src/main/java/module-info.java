/**
 * Roundtable's HTML exporter: answers, question indexes, intro lines, related links and bodies
 * as valid, accessible, injection-proof HTML fragments ({@link dev.roundtable.html.HtmlExporter}),
 * written by the text module's engine (whose {@code Context.HTML} is the HTML escaper). Reading
 * CMS HTML is the {@code dev.roundtable.imports} module's job.
 */
module dev.roundtable.html {
  requires transitive dev.roundtable.model;
  requires transitive dev.roundtable.text;

  exports dev.roundtable.html;

  /** JSON-LD (HtmlOptions.Metadata.JSON_LD) from whichever module provides it. */
  uses dev.roundtable.model.StructuredData;
}
