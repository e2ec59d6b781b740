package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.http.Preconditions.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** RFC 9110 §13, one rule a test. The representation's tag is "v1", changed 2015-05-07 18:15:00. */
class PreconditionsTest {
  private static final EntityTag TAG = EntityTag.strong("v1");
  private static final Instant MODIFIED = Instant.parse("2015-05-07T18:15:00.750Z");
  private static final String AT_MODIFIED = "Thu, 07 May 2015 18:15:00 GMT";
  private static final String BEFORE = "Thu, 07 May 2015 18:14:59 GMT";
  private static final String AFTER = "Thu, 07 May 2015 18:15:01 GMT";
  private static final Preconditions PRECONDITIONS =
      Preconditions.at(Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC));

  private static Outcome get(String ifMatch, String ifNoneMatch, String ims, String ius) {
    return evaluate("GET", ifMatch, ifNoneMatch, ims, ius);
  }

  private static Outcome evaluate(String method, String ifMatch, String ifNoneMatch, String ims,
      String ius) {
    return PRECONDITIONS.evaluate(new ConditionalRequest(method, ifMatch, ifNoneMatch, ims, ius),
        TAG, MODIFIED);
  }

  @Test
  void a_request_without_conditions_proceeds() {
    assertThat(get(null, null, null, null)).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.2, §13.2.2 step 3: If-None-Match uses the weak comparison
  @Test
  void if_none_match_with_the_current_tag_gives_304_for_get_and_head() {
    assertThat(get(null, "\"v1\"", null, null)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(evaluate("HEAD", null, "\"v1\"", null, null)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(Outcome.NOT_MODIFIED.status()).isEqualTo(304);
  }

  // §8.8.3.2: weak comparison matches W/"v1" against "v1"
  @Test
  void if_none_match_matches_a_weak_tag_with_the_same_opaque_part() {
    assertThat(get(null, "W/\"v1\"", null, null)).isEqualTo(Outcome.NOT_MODIFIED);
  }

  // §13.1.2: a list of tags, any of which may match
  @Test
  void if_none_match_finds_the_current_tag_in_a_list() {
    assertThat(get(null, "\"v0\", W/\"x\" ,\"v1\"", null, null)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(get(null, "\"v0\", \"v2\"", null, null)).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.2: "*" matches any current representation
  @Test
  void if_none_match_star_gives_304_for_get() {
    assertThat(get(null, "*", null, null)).isEqualTo(Outcome.NOT_MODIFIED);
  }

  // §13.2.2 step 3: 412 for methods other than GET and HEAD
  @Test
  void if_none_match_that_matches_gives_412_for_other_methods() {
    assertThat(evaluate("PUT", null, "\"v1\"", null, null)).isEqualTo(Outcome.PRECONDITION_FAILED);
    assertThat(evaluate("DELETE", null, "*", null, null)).isEqualTo(Outcome.PRECONDITION_FAILED);
  }

  // §13.1.1, §8.8.3.2: If-Match uses the strong comparison
  @Test
  void if_match_with_the_current_strong_tag_proceeds_and_with_a_weak_one_fails() {
    assertThat(get("\"v1\"", null, null, null)).isEqualTo(Outcome.PROCEED);
    assertThat(get("W/\"v1\"", null, null, null)).isEqualTo(Outcome.PRECONDITION_FAILED);
    assertThat(get("\"v0\"", null, null, null)).isEqualTo(Outcome.PRECONDITION_FAILED);
    assertThat(Outcome.PRECONDITION_FAILED.status()).isEqualTo(412);
  }

  // §13.1.1: "*" and lists
  @Test
  void if_match_star_or_a_list_holding_the_tag_proceeds() {
    assertThat(get("*", null, null, null)).isEqualTo(Outcome.PROCEED);
    assertThat(get("\"a\", \"v1\"", null, null, null)).isEqualTo(Outcome.PROCEED);
  }

  // §13.2.2 step 1 comes before step 3: a failed If-Match is 412 even when If-None-Match would 304
  @Test
  void a_failed_if_match_wins_over_if_none_match() {
    assertThat(get("\"v0\"", "\"v1\"", null, null)).isEqualTo(Outcome.PRECONDITION_FAILED);
  }

  // §13.1.4: true when the representation is not newer than the date, to the second
  @Test
  void if_unmodified_since_fails_only_when_the_representation_is_newer() {
    assertThat(get(null, null, null, AT_MODIFIED)).isEqualTo(Outcome.PROCEED);
    assertThat(get(null, null, null, AFTER)).isEqualTo(Outcome.PROCEED);
    assertThat(get(null, null, null, BEFORE)).isEqualTo(Outcome.PRECONDITION_FAILED);
  }

  // §13.1.4: ignored when If-Match is present
  @Test
  void if_unmodified_since_is_ignored_when_if_match_is_present() {
    assertThat(get("\"v1\"", null, null, BEFORE)).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.4: an invalid date is ignored
  @Test
  void if_unmodified_since_with_an_invalid_date_is_ignored() {
    assertThat(get(null, null, null, "yesterday")).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.3: 304 when the representation is not newer than the date
  @Test
  void if_modified_since_gives_304_when_nothing_changed_since_the_date() {
    assertThat(get(null, null, AT_MODIFIED, null)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(get(null, null, AFTER, null)).isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(get(null, null, BEFORE, null)).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.3: ignored when If-None-Match is present, even if it does not match
  @Test
  void if_modified_since_is_ignored_when_if_none_match_is_present() {
    assertThat(get(null, "\"v0\"", AFTER, null)).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.3: evaluated only for GET and HEAD
  @Test
  void if_modified_since_is_ignored_for_methods_other_than_get_and_head() {
    assertThat(evaluate("POST", null, null, AFTER, null)).isEqualTo(Outcome.PROCEED);
    assertThat(evaluate("HEAD", null, null, AFTER, null)).isEqualTo(Outcome.NOT_MODIFIED);
  }

  // §13.1.3: an invalid date, or one later than the server's current time, is ignored
  @Test
  void if_modified_since_with_an_invalid_or_future_date_is_ignored() {
    assertThat(get(null, null, "Thu, 07 May 2015 25:00:00 GMT", null)).isEqualTo(Outcome.PROCEED);
    assertThat(get(null, null, "2015-05-07T18:15:00Z", null)).isEqualTo(Outcome.PROCEED);
    assertThat(get(null, null, "Fri, 01 Jan 2021 00:00:00 GMT", null)).isEqualTo(Outcome.PROCEED);
  }

  // §13.1.3: a representation without a date cannot be judged by If-Modified-Since
  @Test
  void if_modified_since_proceeds_when_the_representation_has_no_date() {
    ConditionalRequest request = new ConditionalRequest("GET", null, null, AFTER, null);
    assertThat(PRECONDITIONS.evaluate(request, TAG, null)).isEqualTo(Outcome.PROCEED);
  }

  // §5.6.7: recipients accept the two obsolete date formats too
  @Test
  void if_modified_since_accepts_the_obsolete_date_formats() {
    assertThat(get(null, null, "Thursday, 07-May-15 18:15:00 GMT", null))
        .isEqualTo(Outcome.NOT_MODIFIED);
    assertThat(get(null, null, "Thu May  7 18:15:00 2015", null)).isEqualTo(Outcome.NOT_MODIFIED);
  }

  @Test
  void conditional_fields_are_read_by_name() {
    ConditionalRequest request = ConditionalRequest.of("GET",
        name -> name.equals("If-None-Match") ? "\"v1\"" : null);
    assertThat(request).isEqualTo(new ConditionalRequest("GET", null, "\"v1\"", null, null));
    assertThat(PRECONDITIONS.evaluate(request, TAG, MODIFIED)).isEqualTo(Outcome.NOT_MODIFIED);
  }
}
