package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RatioTest {

  @Test
  void boundsDivideTheEndsOfBothIntervals() {
    Ratio r = Ratio.of(200, 20, 100, 10);

    assertThat(r.value()).isEqualTo(2.0);
    assertThat(r.low()).isCloseTo(180.0 / 110.0, within(1e-12));
    assertThat(r.high()).isCloseTo(220.0 / 90.0, within(1e-12));
  }

  @Test
  void upperBoundIsInfiniteWhenTheDenominatorsIntervalReachesZero() {
    assertThat(Ratio.of(10, 1, 5, 5).high()).isInfinite();
    assertThat(Ratio.of(10, 1, 5, 5).format()).isEqualTo("2.00× [0.90–∞]");
  }

  @Test
  void boundsAreUnknownWhenAnErrorIsUnknown() {
    Ratio r = Ratio.of(10, Double.NaN, 5, 1);

    assertThat(r.low()).isNaN();
    assertThat(r.format()).isEqualTo("2.00×");
  }

  @Test
  void formatsTheRatioWithItsBounds() {
    assertThat(Ratio.of(200, 20, 100, 10).format()).isEqualTo("2.00× [1.64–2.44]");
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 200).map(i -> 0x5EED_0000L + i * 7919L).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void boundsAlwaysEncloseTheRatio(long seed) {
    Random random = new Random(seed);
    double a = 1 + random.nextDouble() * 1e6;
    double b = 1 + random.nextDouble() * 1e6;
    double ea = a * random.nextDouble() * 1.5;
    double eb = b * random.nextDouble() * 1.5;

    Ratio r = Ratio.of(a, ea, b, eb);

    assertThat(r.low()).as("seed %d: low of %s", seed, r).isLessThanOrEqualTo(r.value())
        .isGreaterThanOrEqualTo(0);
    assertThat(r.high()).as("seed %d: high of %s", seed, r).isGreaterThanOrEqualTo(r.value());
  }
}
