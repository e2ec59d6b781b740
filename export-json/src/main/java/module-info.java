/**
 * The Roundtable JSON format: {@link dev.roundtable.json.RoundtableJson} writes and reads it on
 * jackson-core's streaming API, {@link dev.roundtable.json.JsonLd} writes schema.org JSON-LD,
 * {@link dev.roundtable.json.RichResults} lints a document against the rules of rich results,
 * and {@link dev.roundtable.json.RoundtableModule} plugs the model into a Jackson
 * {@code ObjectMapper}.
 *
 * <p>jackson-databind is a static (optional) dependency: only {@code RoundtableModule} uses it,
 * and whoever registers that module with an {@code ObjectMapper} has databind already. The
 * writer, the reader and the JSON-LD writer need jackson-core alone.
 *
 * <p>It provides {@link dev.roundtable.model.StructuredData} (schema.org JSON-LD) to whoever
 * looks it up with {@link java.util.ServiceLoader}, as the HTML exporter does.
 */
module dev.roundtable.json {
  requires transitive dev.roundtable.model;
  requires transitive dev.roundtable.text;
  requires com.fasterxml.jackson.core;
  requires static com.fasterxml.jackson.databind;

  exports dev.roundtable.json;

  /** JSON-LD for HTML exporters that find it by ServiceLoader (HtmlOptions.Metadata.JSON_LD). */
  provides dev.roundtable.model.StructuredData with dev.roundtable.json.internal.DefaultJsonLd;
}
