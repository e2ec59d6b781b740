package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublisherTest {
  private static final Image LOGO = Image.of("https://example.com/logo.png", "MPW")
      .withSize(600, 60);

  @Test
  void keepsItsNameUrlAndLogo() {
    Publisher publisher = Publisher.of("Fortune", "https://example.com/").withLogo(LOGO);

    assertThat(publisher.name()).isEqualTo("Fortune");
    assertThat(publisher.url()).contains(Url.of("https://example.com/"));
    assertThat(publisher.logo()).contains(LOGO);
  }

  @Test
  void needsOnlyAName() {
    Publisher publisher = Publisher.of("Fortune", null);

    assertThat(publisher.url()).isEmpty();
    assertThat(publisher.logo()).isEmpty();
  }

  @Test
  void rejectsAMissingName() {
    assertRejected(() -> new Publisher(null, null, LOGO), "name", "is required");
  }

  @Test
  void rejectsABlankName() {
    assertRejected(() -> Publisher.of("\u200B", null), "name", "must contain a visible character");
  }

  @Test
  void rejectsAJavascriptUrl() {
    assertRejected(() -> Publisher.of("Fortune", "javascript:alert(1)"), "url",
        "scheme \"javascript\" is not allowed");
  }

  @Test
  void rejectsAMailtoUrl() {
    assertRejected(() -> new Publisher("Fortune", Url.linkTarget("mailto:a@example.com"), null),
        "url", "must use scheme http or https");
  }

  @Test
  void leavesTheOriginalUnchangedWhenGivenALogo() {
    Publisher plain = Publisher.of("Fortune", "https://example.com/");

    Publisher withLogo = plain.withLogo(LOGO);

    assertThat(plain.logo()).isEmpty();
    assertThat(withLogo).isNotEqualTo(plain);
    assertThat(withLogo.withLogo(null)).isEqualTo(plain);
  }

  @Test
  void isShownByItsName() {
    assertThat(Publisher.of("Fortune", "https://example.com/")).hasToString("Publisher[Fortune]");
  }
}
