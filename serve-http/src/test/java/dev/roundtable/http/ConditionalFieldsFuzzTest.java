package dev.roundtable.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Any field value, however broken, is read without an exception: entity-tag lists give tags
 * that write back to text that reads as the same tags, dates are valid or empty, and the
 * decision is one of the three outcomes. Runs its seeds (regression mode) unless fuzzing is
 * asked for with {@code JAZZER_FUZZ=1}.
 */
class ConditionalFieldsFuzzTest {
  private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
  private static final Preconditions PRECONDITIONS =
      Preconditions.at(Clock.fixed(NOW, ZoneOffset.UTC));

  @FuzzTest(maxDuration = "30s")
  void reads_any_conditional_field_without_failing(FuzzedDataProvider data) {
    String method = data.pickValue(new String[] {"GET", "HEAD", "PUT"});
    boolean withIfMatch = data.consumeBoolean();
    String a = data.consumeString(200);
    String b = data.consumeString(200);
    String c = data.consumeRemainingAsString();

    List<EntityTag> tags = EntityTag.parseList(a);
    String written = String.join(", ", tags.stream().map(EntityTag::toString).toList());
    assertThat(EntityTag.parseList(written)).as("field %s", a).isEqualTo(tags);

    HttpDate.parse(b, NOW).ifPresent(date -> assertThat(HttpDate.parse(HttpDate.format(date), NOW))
        .as("date %s", b).contains(date.truncatedTo(ChronoUnit.SECONDS)));

    Preconditions.Outcome outcome = PRECONDITIONS.evaluate(
        new ConditionalRequest(method, withIfMatch ? a : null, c, b, b),
        EntityTag.strong("v1"), NOW.minusSeconds(3600));
    assertThat(outcome).isNotNull();
  }
}
