package dev.roundtable.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.RandomModels;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code datetime} attribute: what {@code ISO_INSTANT} writes, cut to milliseconds. */
class DatetimeTest {

  static Stream<Long> seeds() {
    return RandomModels.seeds(500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesWhatIsoInstantWritesCutToMilliseconds(long seed) {
    Instant instant = new RandomModels(seed).instant();
    assertThat(TimeText.attribute(instant)).as("seed %d: %s", seed, instant)
        .isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS)));
  }

  @Test
  void writesTheEdgesOfTheModelsYears() {
    assertThat(TimeText.attribute(Instant.parse("0001-01-01T00:00:00Z")))
        .isEqualTo("0001-01-01T00:00:00Z");
    assertThat(TimeText.attribute(Instant.parse("9999-12-31T23:59:59.999999999Z")))
        .isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(TimeText.attribute(Instant.parse("2015-05-07T18:15:00.010Z")))
        .isEqualTo("2015-05-07T18:15:00.010Z");
  }
}
