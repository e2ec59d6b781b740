/**
 * Roundtable's domain model: a {@link dev.roundtable.model.Question} put to a panel, its
 * {@link dev.roundtable.model.Answer}s, their {@link dev.roundtable.model.Contributor}s and
 * {@link dev.roundtable.model.RelatedLink}s, and the structured rich text of a
 * {@link dev.roundtable.model.Body}. Every type is immutable and validated at construction.
 * The module has no dependencies beyond {@code java.base}.
 */
module dev.roundtable.model {
  exports dev.roundtable.model;
}
