package dev.roundtable.imports;

import dev.roundtable.model.Body;
import java.util.List;
import java.util.Objects;

/**
 * A body an importer made, with what it had to drop on the way, in the order of the input.
 *
 * @param body the body
 * @param drops what was dropped; empty when the input fit the model whole
 */
public record ImportedBody(Body body, List<Drop> drops) {
  /**
   * Checks and copies the fields.
   *
   * @param body the body
   * @param drops what was dropped
   */
  public ImportedBody {
    Objects.requireNonNull(body, "body");
    drops = List.copyOf(drops);
  }
}
