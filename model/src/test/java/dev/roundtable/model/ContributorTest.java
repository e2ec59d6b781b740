package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContributorTest {

  @Test
  void keepsEveryFieldGiven() {
    Contributor jenni = Contributor.builder("Jenni Luke").role("CEO").organization("Step Up")
        .affiliation("CEO of Step Up, Chicago").url("https://example.com/people/jenni-luke")
        .imageUrl("https://example.com/images/jenni-luke.jpg").build();

    assertThat(jenni.name()).isEqualTo("Jenni Luke");
    assertThat(jenni.role()).contains("CEO");
    assertThat(jenni.organization()).contains("Step Up");
    assertThat(jenni.affiliation()).contains("CEO of Step Up, Chicago");
    assertThat(jenni.url()).contains(Url.of("https://example.com/people/jenni-luke"));
    assertThat(jenni.imageUrl()).contains(Url.of("https://example.com/images/jenni-luke.jpg"));
  }

  @Test
  void needsOnlyAName() {
    Contributor jenni = Contributor.named("Jenni Luke");

    assertThat(jenni.role()).isEmpty();
    assertThat(jenni.organization()).isEmpty();
    assertThat(jenni.affiliation()).isEmpty();
    assertThat(jenni.url()).isEmpty();
    assertThat(jenni.imageUrl()).isEmpty();
  }

  @Test
  void rejectsAMissingName() {
    assertRejected(() -> Contributor.named(null), "name", "is required");
  }

  @Test
  void rejectsABlankName() {
    assertRejected(() -> Contributor.of(" ", "CEO", "Step Up"), "name", "must not be blank");
  }

  @Test
  void rejectsABlankRole() {
    assertRejected(() -> Contributor.of("Jenni Luke", "", "Step Up"), "role",
        "must not be blank");
  }

  @Test
  void rejectsAJavascriptPortrait() {
    assertRejected(() -> Contributor.builder("Jenni Luke").imageUrl("javascript:alert(1)"),
        "imageUrl", "scheme \"javascript\" is not allowed");
  }

  @Test
  void makesAChangedCopyWithToBuilder() {
    Contributor jenni = Contributor.of("Jenni Luke", "CEO", "Step Up");

    Contributor changed = jenni.toBuilder().role("Founder").build();

    assertThat(changed.byline().text()).isEqualTo("Jenni Luke, Founder of Step Up");
    assertThat(jenni.toBuilder().build()).isEqualTo(jenni);
  }
}
