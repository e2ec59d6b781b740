package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roundtable.model.Question;
import org.junit.jupiter.api.Test;

class HtmlOptionsTest {

  @Test
  void hasTheDocumentedDefaults() {
    HtmlOptions d = HtmlOptions.defaults();
    assertThat(d.classPrefix()).isEqualTo("rt-");
    assertThat(d.headingLevel()).isEqualTo(2);
    assertThat(d.rel()).isEqualTo("noopener");
    assertThat(d.target()).isEmpty();
    assertThat(d.lang()).isEmpty();
    assertThat(d.metadata()).isEqualTo(HtmlOptions.Metadata.NONE);
    assertThat(d.labels()).isEqualTo(HtmlLabels.ENGLISH);
    assertThat(d.maxRelatedLinks()).isEqualTo(Question.DEFAULT_MAX_RELATED_LINKS).isEqualTo(12);
  }

  @Test
  void rejectsANegativeNumberOfRelatedLinks() {
    assertThatThrownBy(() -> HtmlOptions.builder().maxRelatedLinks(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRelatedLinks must be at least 0, was -1");
  }

  @Test
  void neverShiftsBodyHeadingsBeyondH6() {
    HtmlOptions deep = HtmlOptions.builder().headingLevel(6).build();
    assertThat(deep.bodyHeadingLevel(2)).isEqualTo(6);
    assertThat(HtmlOptions.defaults().bodyHeadingLevel(2)).isEqualTo(3);
    assertThat(HtmlOptions.defaults().bodyHeadingLevel(6)).isEqualTo(6);
  }

  @Test
  void rejectsAClassPrefixThatWouldBreakTheAttribute() {
    assertThatThrownBy(() -> HtmlOptions.builder().classPrefix("a\" onclick=\"x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classPrefix");
  }

  @Test
  void rejectsRelTargetAndLangThatAreNotKeywords() {
    assertThatThrownBy(() -> HtmlOptions.builder().rel("noopener\"><script>"))
        .hasMessageContaining("rel");
    assertThatThrownBy(() -> HtmlOptions.builder().target("_blank\" onclick=\"x"))
        .hasMessageContaining("target");
    assertThatThrownBy(() -> HtmlOptions.builder().lang("en GB"))
        .hasMessageContaining("lang");
  }

  @Test
  void rejectsHeadingLevelsOutsideOneToSix() {
    assertThatThrownBy(() -> HtmlOptions.builder().headingLevel(0))
        .hasMessageContaining("headingLevel");
    assertThatThrownBy(() -> HtmlOptions.builder().headingLevel(7))
        .hasMessageContaining("headingLevel");
  }

  @Test
  void rejectsUnknownPlaceholdersInLabels() {
    assertThatThrownBy(() -> HtmlLabels.ENGLISH.withIntro("{question} by {author}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{author}");
  }

  @Test
  void copiesItselfIntoABuilder() {
    HtmlOptions custom = HtmlOptions.builder().classPrefix("x-").headingLevel(3)
        .maxRelatedLinks(5).build();
    assertThat(custom.toBuilder().build().classPrefix()).isEqualTo("x-");
    assertThat(custom.toBuilder().build().headingLevel()).isEqualTo(3);
    assertThat(custom.toBuilder().build().maxRelatedLinks()).isEqualTo(5);
  }
}
