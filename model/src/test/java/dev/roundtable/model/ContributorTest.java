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
  void keepsAPortraitGivenAsAnImageAndDerivesItsUrl() {
    Image portrait = Image.of("https://example.com/j.jpg", "Jenni Luke, smiling")
        .withSize(400, 400);

    Contributor jenni = Contributor.builder("Jenni Luke").image(portrait).build();

    assertThat(jenni.image()).contains(portrait);
    assertThat(jenni.imageUrl()).contains(Url.of("https://example.com/j.jpg"));
  }

  @Test
  void makesAPortraitGivenAsAUrlAnImageWithOnlyThatUrl() {
    Contributor jenni = Contributor.builder("Jenni Luke").imageUrl("https://example.com/j.jpg")
        .build();

    assertThat(jenni.image()).contains(Image.of("https://example.com/j.jpg", ""));
    assertThat(jenni.image().orElseThrow().credit()).isEmpty();
    assertThat(jenni.image().orElseThrow().crops()).isEmpty();
  }

  @Test
  void letsTheLastPortraitGivenWinAndNullRemoveIt() {
    Image portrait = Image.of("https://example.com/j.jpg", "Jenni Luke");

    assertThat(Contributor.builder("J").image(portrait).imageUrl("https://example.com/k.jpg")
        .build().imageUrl()).contains(Url.of("https://example.com/k.jpg"));
    assertThat(Contributor.builder("J").imageUrl("https://example.com/k.jpg").image(portrait)
        .build().image()).contains(portrait);
    assertThat(Contributor.builder("J").image(portrait).imageUrl(null).build().image()).isEmpty();
  }

  @Test
  void keepsSameAsLinksInTheOrderGiven() {
    Contributor jenni = Contributor.builder("Jenni Luke")
        .sameAs("https://example.org/wiki/Jenni_Luke", "https://social.example/@jenni")
        .sameAs(Url.of("https://example.net/jenni")).build();

    assertThat(jenni.sameAs()).containsExactly(Url.of("https://example.org/wiki/Jenni_Luke"),
        Url.of("https://social.example/@jenni"), Url.of("https://example.net/jenni"));
    assertThat(Contributor.named("Jenni Luke").sameAs()).isEmpty();
  }

  @Test
  void rejectsARepeatedSameAsLinkAtTheSecond() {
    assertRejected(() -> Contributor.builder("Jenni Luke")
            .sameAs("https://example.org/jenni", "https://example.org/jenni").build(),
        "sameAs[1]", "must not repeat \"https://example.org/jenni\" (also at index 0)");
  }

  @Test
  void rejectsAJavascriptSameAsLinkAtItsIndex() {
    assertRejected(() -> Contributor.builder("Jenni Luke").sameAs("https://example.org/jenni")
            .sameAs("https://example.org/j", "javascript:alert(1)"),
        "sameAs[2]", "scheme \"javascript\" is not allowed");
  }

  @Test
  void keepsNoneOfTheLinksOfACallThatFailed() {
    Contributor.Builder b = Contributor.builder("Jenni Luke").sameAs("https://example.org/a");

    assertRejected(() -> b.sameAs("https://example.org/b", "/relative"), "sameAs[2]",
        "is relative");

    assertThat(b.build().sameAs()).containsExactly(Url.of("https://example.org/a"));
  }

  @Test
  void rejectsAMailtoSameAsLinkWhenBuilt() {
    Contributor.Builder b = Contributor.builder("Jenni Luke")
        .sameAs(Url.of("https://example.org/a")).sameAs(Url.linkTarget("mailto:j@example.org"));

    assertRejected(b::build, "sameAs[1]", "must use scheme http or https");
  }

  @Test
  void keepsAFediverseHandle() {
    Contributor jenni = Contributor.builder("Jenni Luke").fediverse("@jenni@Mastodon.Social")
        .build();

    assertThat(jenni.fediverse()).contains(new FediverseHandle("jenni", "mastodon.social"));
    assertThat(Contributor.builder("Jenni Luke").fediverse("@jenni@x.social").fediverse(null)
        .build().fediverse()).isEmpty();
  }

  @Test
  void rejectsAFediverseHandleThatIsNotOneAtTheFediverseField() {
    assertRejected(() -> Contributor.builder("Jenni Luke").fediverse("jenni"), "fediverse",
        "must be a fediverse handle, @name@host");
  }

  @Test
  void copiesEveryFieldWithToBuilder() {
    Contributor jenni = Contributor.builder("Jenni Luke").role("CEO").organization("Step Up")
        .affiliation("CEO of Step Up").url("https://example.com/jenni")
        .image(Image.of("https://example.com/j.jpg", "Jenni").withSize(400, 400))
        .sameAs("https://example.org/jenni").fediverse("@jenni@mastodon.social").build();

    Contributor copy = jenni.toBuilder().build();

    assertThat(copy).isEqualTo(jenni).hasSameHashCodeAs(jenni);
    assertThat(copy.image()).isEqualTo(jenni.image());
    assertThat(copy.sameAs()).isEqualTo(jenni.sameAs());
    assertThat(copy.fediverse()).isEqualTo(jenni.fediverse());
  }

  @Test
  void leavesTheOriginalsLinksUnchangedWhenAToBuilderCopyAddsOne() {
    Contributor jenni = Contributor.builder("Jenni Luke").sameAs("https://example.org/a").build();

    Contributor more = jenni.toBuilder().sameAs("https://example.org/b").build();

    assertThat(jenni.sameAs()).containsExactly(Url.of("https://example.org/a"));
    assertThat(more.sameAs()).hasSize(2);
  }

  @Test
  void makesAChangedCopyWithToBuilder() {
    Contributor jenni = Contributor.of("Jenni Luke", "CEO", "Step Up");

    Contributor changed = jenni.toBuilder().role("Founder").build();

    assertThat(changed.byline().text()).isEqualTo("Jenni Luke, Founder of Step Up");
    assertThat(jenni.toBuilder().build()).isEqualTo(jenni);
  }
}
