package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class BylineTest {

  @Test
  void readsNameCommaRoleOfOrganization() {
    Byline byline = Contributor.of("Jenni Luke", "CEO", "Step Up").byline();

    assertThat(byline.text()).isEqualTo("Jenni Luke, CEO of Step Up");
  }

  @Test
  void letsTheAffiliationReplaceRoleOfOrganization() {
    Contributor beth = Contributor.builder("Beth Brooke-Marciniak").role("Vice Chair")
        .organization("EY").affiliation("Global Vice Chair of Public Policy at Ernst & Young")
        .build();

    assertThat(beth.byline().text())
        .isEqualTo("Beth Brooke-Marciniak, Global Vice Chair of Public Policy at Ernst & Young");
  }

  @Test
  void isTheNameAloneWhenNothingElseIsKnown() {
    Byline byline = Contributor.named("Jenni Luke").byline();

    assertThat(byline.text()).isEqualTo("Jenni Luke");
    assertThat(byline.credentials()).isEmpty();
  }

  @Test
  void usesTheRoleAloneWithoutAnOrganization() {
    assertThat(Contributor.of("Sally Blount", "Dean", null).byline().text())
        .isEqualTo("Sally Blount, Dean");
  }

  @Test
  void usesTheOrganizationAloneWithoutARole() {
    assertThat(Contributor.of("Allie Kline", null, "AOL, Inc.").byline().text())
        .isEqualTo("Allie Kline, AOL, Inc.");
  }

  @Test
  void exposesTheNameAndCredentialsSeparatelyForStyling() {
    Byline byline = Contributor.of("Gay Gaddis", "CEO and founder", "T3").byline();

    assertThat(byline.name()).isEqualTo("Gay Gaddis");
    assertThat(byline.credentials()).contains("CEO and founder of T3");
  }

  @Test
  void isTheAnswersContributorsByline() {
    Answer answer = MentoringExample.featured();

    assertThat(answer.byline()).isEqualTo(answer.contributor().byline());
  }

  @Test
  void printsAsItsText() {
    Byline byline = Contributor.of("Jenni Luke", "CEO", "Step Up").byline();

    assertThat(byline).hasToString("Jenni Luke, CEO of Step Up");
  }

  @Test
  void isEqualByValue() {
    Byline one = Contributor.of("Jenni Luke", "CEO", "Step Up").byline();
    Byline same = Contributor.builder("Jenni Luke").affiliation("CEO of Step Up").build().byline();

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(Contributor.named("Jenni Luke").byline())
        .isNotEqualTo("Jenni Luke, CEO of Step Up");
  }

  @Test
  void needsAContributor() {
    assertThatNullPointerException().isThrownBy(() -> Byline.of(null))
        .withMessage("contributor");
  }
}
