package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagTest {

  @Test
  void a_tag_is_written_quoted_and_a_weak_one_with_its_prefix() {
    assertThat(EntityTag.strong("abc")).hasToString("\"abc\"");
    assertThat(new EntityTag("abc", true)).hasToString("W/\"abc\"");
  }

  // RFC 9110 §8.8.3: etagc excludes the quote, spaces and controls
  @Test
  void a_tag_that_cannot_be_written_is_refused_naming_the_character() {
    assertThatThrownBy(() -> EntityTag.strong("a\"b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("U+0022");
    assertThatThrownBy(() -> EntityTag.strong("a b")).hasMessageContaining("index 1");
  }

  // RFC 9110 §8.8.3.2, the table of examples
  @Test
  void strong_and_weak_comparison_follow_the_rfc_table() {
    EntityTag w1 = new EntityTag("1", true);
    EntityTag w2 = new EntityTag("2", true);
    EntityTag s1 = EntityTag.strong("1");
    assertThat(w1.strongMatch(w1)).isFalse();
    assertThat(w1.weakMatch(w1)).isTrue();
    assertThat(w1.weakMatch(w2)).isFalse();
    assertThat(w1.strongMatch(s1)).isFalse();
    assertThat(w1.weakMatch(s1)).isTrue();
    assertThat(s1.strongMatch(EntityTag.strong("1"))).isTrue();
  }

  @Test
  void a_list_is_read_with_whitespace_empty_elements_and_weak_tags() {
    assertThat(EntityTag.parseList(" \"a\" ,, W/\"b\",\"\""))
        .containsExactly(EntityTag.strong("a"), new EntityTag("b", true), EntityTag.strong(""));
  }

  @Test
  void a_list_stops_at_the_first_element_that_is_not_a_tag() {
    assertThat(EntityTag.parseList("\"a\", b, \"c\"")).containsExactly(EntityTag.strong("a"));
    assertThat(EntityTag.parseList("\"unterminated")).isEmpty();
    assertThat(EntityTag.parseList("w/\"a\"")).isEmpty();
  }
}
