/**
 * Roundtable's importer of CMS HTML: {@link dev.roundtable.imports.HtmlBody} reads the HTML a
 * CMS stores (WordPress, Drupal, text pasted from Word) into the model's {@code Body}, with
 * jsoup. The exporters do not need it, and do not pull jsoup.
 */
module dev.roundtable.imports {
  requires transitive dev.roundtable.model;
  requires org.jsoup;

  exports dev.roundtable.imports;
}
