package dev.roundtable.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An entity tag (RFC 9110 §8.8.3): an opaque string, strong or weak, written in an {@code ETag}
 * field as {@code "opaque"} or {@code W/"opaque"}.
 *
 * <p>The tags this library makes are always strong: they change whenever the representation's
 * bytes change. Weak tags come only from requests ({@code If-None-Match: W/"x"}).
 *
 * @param opaque the characters between the quotes: {@code etagc} only (U+0021, U+0023 to U+007E,
 *     U+0080 to U+00FF), possibly none
 * @param weak whether the tag is weak ({@code W/} prefix)
 */
public record EntityTag(String opaque, boolean weak) {

  /**
   * Checks the opaque part.
   *
   * @param opaque the characters between the quotes
   * @param weak whether the tag is weak
   * @throws IllegalArgumentException when {@code opaque} holds a character an entity tag cannot
   *     carry (a quote, a space, a control or a character beyond U+00FF), naming it
   * @throws NullPointerException when {@code opaque} is {@code null}
   */
  public EntityTag {
    Objects.requireNonNull(opaque, "opaque");
    for (int i = 0; i < opaque.length(); i++) {
      if (!isEtagc(opaque.charAt(i))) {
        throw new IllegalArgumentException(String.format(
            "opaque: an entity tag cannot hold U+%04X (at index %d)", (int) opaque.charAt(i), i));
      }
    }
  }

  /**
   * A strong entity tag.
   *
   * @param opaque the characters between the quotes
   * @return the tag
   * @throws IllegalArgumentException when {@code opaque} holds a character a tag cannot carry
   */
  public static EntityTag strong(String opaque) {
    return new EntityTag(opaque, false);
  }

  /**
   * Strong comparison (RFC 9110 §8.8.3.2): both tags strong and their opaque parts equal. Used by
   * {@code If-Match}.
   *
   * @param other the other tag
   * @return whether the two match strongly
   */
  public boolean strongMatch(EntityTag other) {
    return !weak && !other.weak && opaque.equals(other.opaque);
  }

  /**
   * Weak comparison (RFC 9110 §8.8.3.2): the opaque parts equal, whether either tag is weak or
   * not. Used by {@code If-None-Match}.
   *
   * @param other the other tag
   * @return whether the two match weakly
   */
  public boolean weakMatch(EntityTag other) {
    return opaque.equals(other.opaque);
  }

  /**
   * The tag as an {@code ETag} field value.
   *
   * @return {@code "opaque"} or {@code W/"opaque"}
   */
  @Override
  public String toString() {
    return (weak ? "W/\"" : "\"") + opaque + '"';
  }

  /**
   * The entity tags of an {@code If-Match} or {@code If-None-Match} field value that is not
   * {@code *}: a comma-separated list ({@code #entity-tag}), with optional whitespace and empty
   * elements. Parsing stops at the first element that is not an entity tag (an unquoted value,
   * say), keeping the tags before it: such a field cannot match anything more.
   *
   * @param fieldValue the field value, the lines of a repeated field joined by commas
   * @return the tags, in order; empty when none could be read
   */
  public static List<EntityTag> parseList(String fieldValue) {
    List<EntityTag> tags = new ArrayList<>();
    int i = 0;
    int n = fieldValue.length();
    while (i < n) {
      char c = fieldValue.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      boolean weak = fieldValue.startsWith("W/", i);
      int quote = weak ? i + 2 : i;
      if (quote >= n || fieldValue.charAt(quote) != '"') {
        break;
      }
      int end = quote + 1;
      while (end < n && isEtagc(fieldValue.charAt(end))) {
        end++;
      }
      if (end >= n || fieldValue.charAt(end) != '"') {
        break;
      }
      tags.add(new EntityTag(fieldValue.substring(quote + 1, end), weak));
      i = end + 1;
    }
    return List.copyOf(tags);
  }

  private static boolean isEtagc(char c) {
    return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
  }
}
