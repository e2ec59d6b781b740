package dev.roundtable.model;

import static dev.roundtable.model.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FediverseHandleTest {
  /** A host name of exactly {@code length} characters: labels of 63 letters and a shorter one. */
  private static String hostOfLength(int length) {
    StringBuilder host = new StringBuilder();
    while (host.length() + 64 < length) {
      host.append("a".repeat(63)).append('.');
    }
    return host.append("b".repeat(length - host.length())).toString();
  }

  @Test
  void parsesAHandleWithItsLeadingAt() {
    FediverseHandle alice = FediverseHandle.of("@alice@mastodon.social");

    assertThat(alice.user()).isEqualTo("alice");
    assertThat(alice.host()).isEqualTo("mastodon.social");
    assertThat(alice).hasToString("@alice@mastodon.social");
  }

  @Test
  void parsesAHandleWithoutItsLeadingAtAndWritesItWithOne() {
    FediverseHandle bob = FediverseHandle.of("bob@example.org");

    assertThat(bob).isEqualTo(new FediverseHandle("bob", "example.org"))
        .hasToString("@bob@example.org");
  }

  @Test
  void keepsTheHostInLowerCaseAndTheUserAsGiven() {
    FediverseHandle handle = FediverseHandle.of("@Alice_B@Mastodon.SOCIAL");

    assertThat(handle.user()).isEqualTo("Alice_B");
    assertThat(handle.host()).isEqualTo("mastodon.social");
    assertThat(handle).isEqualTo(FediverseHandle.of("@Alice_B@mastodon.social"));
  }

  @Test
  void acceptsDotsAndHyphensInsideTheUserAndAnInternationalHostInItsAsciiForm() {
    FediverseHandle handle = FediverseHandle.of("@j.doe-2@xn--bcher-kva.example");

    assertThat(handle.user()).isEqualTo("j.doe-2");
    assertThat(handle.host()).isEqualTo("xn--bcher-kva.example");
  }

  @Test
  void acceptsTheLongestUserAndHost() {
    FediverseHandle handle = new FediverseHandle("u".repeat(64), hostOfLength(253));

    assertThat(handle.user()).hasSize(64);
    assertThat(handle.host()).hasSize(253);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "alice|must be a fediverse handle, @name@host, was \"alice\"",
      "@mastodon.social|must be a fediverse handle, @name@host, was \"@mastodon.social\"",
      "@@mastodon.social|the user must be 1 to 64 characters long, was 0",
      "@-x@mastodon.social|the user must hold only letters, digits and _",
      "@a b@mastodon.social|not \" \" at index 1",
      "@alice@localhost|the host must be a host name such as mastodon.social",
      "@alice@-a.social|the host must be a host name in ASCII",
      "@alice@bücher.example|the host must be a host name in ASCII",
      "@alice@mastodon..social|the host must be a host name in ASCII",
      "@alice@mastodon.social.|the host must be a host name in ASCII"})
  void rejectsWhatIsNotAHandleAtTheFediverseField(String handle, String rule) {
    assertRejected(() -> FediverseHandle.of(handle), "fediverse", rule);
  }

  @Test
  void rejectsAHostOf254Characters() {
    assertRejected(() -> new FediverseHandle("alice", hostOfLength(254)), "host",
        "must be a host name such as mastodon.social");
  }

  @Test
  void rejectsAUserOf65Characters() {
    assertRejected(() -> new FediverseHandle("u".repeat(65), "mastodon.social"), "user",
        "must be 1 to 64 characters long, was 65");
  }

  @Test
  void rejectsAHostLabelOf64Characters() {
    assertRejected(() -> new FediverseHandle("alice", "a".repeat(64) + ".social"), "host",
        "must be a host name in ASCII");
  }

  @Test
  void rejectsAMissingHandle() {
    assertRejected(() -> FediverseHandle.of(null), "fediverse", "is required");
  }

  @Test
  void namesEveryBrokenPart() {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> new FediverseHandle("", "localhost"));

    assertThat(e.violations()).extracting(InvalidModelException::field)
        .containsExactly("user", "host");
  }
}
