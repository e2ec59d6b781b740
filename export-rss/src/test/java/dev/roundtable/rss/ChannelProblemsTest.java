package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** Building a channel reports every field that is missing or wrong at once, not one a try. */
class ChannelProblemsTest {
  @Test
  void an_empty_builder_names_all_five_required_fields_in_one_exception() {
    InvalidChannelException e = catchThrowableOfType(InvalidChannelException.class,
        () -> Channel.builder().build());

    assertThat(e.problems()).extracting(InvalidChannelException.Problem::field)
        .containsExactly("title", "link", "description", "selfUrl", "language");
    assertThat(e.field()).isEqualTo("title");
    assertThat(e.getMessage()).startsWith("title: ").contains("; selfUrl: ")
        .contains("; language: ");
  }

  @Test
  void wrong_and_missing_fields_are_reported_together_in_the_builders_order() {
    InvalidChannelException e = catchThrowableOfType(InvalidChannelException.class,
        () -> Channel.builder().title("Feed").link("javascript:alert(1)").description("About")
            .language("not a language").build());

    assertThat(e.problems()).extracting(InvalidChannelException.Problem::field)
        .containsExactly("link", "selfUrl", "language");
  }

  @Test
  void a_valid_channel_still_builds() {
    assertThat(Fixtures.channel("rss").toBuilder().build().title()).isEqualTo("MPW Insider");
  }
}
