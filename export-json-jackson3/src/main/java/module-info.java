/**
 * A Jackson 3 ({@code tools.jackson}) databind module for the Roundtable model:
 * {@link dev.roundtable.json.jackson3.RoundtableJackson3Module}. The format itself (fields,
 * order, checks, problems) is {@code dev.roundtable.json}'s, reached through its public API
 * ({@code RoundtableJson.toBytes(Object)} and {@code read(byte[], Class)}); this module only
 * hands tokens between that and the user's Jackson 3 generator and parser.
 */
module dev.roundtable.json.jackson3 {
  requires transitive dev.roundtable.json;
  requires transitive tools.jackson.databind;

  exports dev.roundtable.json.jackson3;
}
