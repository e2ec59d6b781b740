/**
 * Roundtable's importers of CMS content: {@link dev.roundtable.imports.HtmlBody} reads the HTML
 * a CMS stores (WordPress, Drupal, text pasted from Word) into the model's {@code Body}, with
 * jsoup; {@link dev.roundtable.imports.MarkdownBody} reads CommonMark, with commonmark-java,
 * reporting what it drops. The exporters do not need it, and pull neither library.
 */
module dev.roundtable.imports {
  requires transitive dev.roundtable.model;
  requires org.jsoup;
  requires org.commonmark;

  exports dev.roundtable.imports;
}
