/**
 * Roundtable's text engine: the character policy of every output context
 * ({@link dev.roundtable.text.Context}: HTML, XML text and attributes, HTML carried in XML, JSON
 * in a script) and the one UTF-8 writer that applies it ({@link dev.roundtable.text.Utf8Output}).
 * Every exporter writes its text through it, so a change of policy is one edit here. No
 * dependencies beyond {@code java.base}.
 */
module dev.roundtable.text {
  exports dev.roundtable.text;
}
