package dev.roundtable.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The fast RFC 3339 path against {@code java.time}, over generated instants and texts. */
class Rfc3339Test {
  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the years the model keeps. */
  private static final long FIRST = -62_135_596_800L;
  private static final long LAST = 253_402_300_799L;

  static Stream<Long> seeds() {
    return new SplittableRandom(13).longs(300).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void formatsAsInstantToStringDoes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 100; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(FIRST, LAST + 1), nanos(random));

      assertThat(Rfc3339.format(instant)).as("seed %d, %s", seed, instant)
          .isEqualTo(instant.toString());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsWhatJavaTimeReadsAsTheSameInstant(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 100; i++) {
      String text = timestamp(random);

      assertThat(Rfc3339.parse(text)).as("seed %d, %s", seed, text)
          .isEqualTo(OffsetDateTime.parse(text).toInstant());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rejectsWhatJavaTimeRejectsInTheSameShape(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 20; i++) {
      // days to 31 in every month, hours to 24, seconds to 60: some of them are no date and time
      String text = String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", random.nextInt(1, 10_000),
          random.nextInt(1, 13), random.nextInt(1, 32), random.nextInt(0, 25),
          random.nextInt(0, 60), random.nextInt(0, 61));
      boolean valid;
      try {
        OffsetDateTime.parse(text);
        valid = true;
      } catch (DateTimeException e) {
        valid = false;
      }

      if (valid) {
        assertThat(Rfc3339.parse(text)).as("seed %d, %s", seed, text)
            .isEqualTo(OffsetDateTime.parse(text).toInstant());
      } else {
        assertThatThrownBy(() -> Rfc3339.parse(text)).as("seed %d, %s", seed, text)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("is not a valid date and time: \"" + text + "\"");
      }
    }
  }

  /** Nanoseconds of any precision: none, milliseconds, microseconds or nanoseconds. */
  private static int nanos(SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return random.nextInt(1000) * 1_000_000;
      case 2:
        return random.nextInt(1_000_000) * 1000;
      default:
        return random.nextInt(1_000_000_000);
    }
  }

  /** A valid timestamp with an offset within java.time's range, a fraction of 0 to 9 digits. */
  private static String timestamp(SplittableRandom random) {
    Instant instant = Instant.ofEpochSecond(random.nextLong(FIRST + 86_400, LAST - 86_400));
    int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
    String local = OffsetDateTime.ofInstant(instant,
        java.time.ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).toLocalDateTime().toString();
    String seconds = local.length() == 16 ? local + ":00" : local;
    int digits = random.nextInt(10);
    StringBuilder fraction = new StringBuilder(digits == 0 ? "" : ".");
    for (int d = 0; d < digits; d++) {
      fraction.append(random.nextInt(10));
    }
    String offset = offsetMinutes == 0 && random.nextBoolean() ? (random.nextBoolean() ? "Z" : "z")
        : String.format("%s%02d:%02d", offsetMinutes < 0 ? "-" : "+",
            Math.abs(offsetMinutes) / 60, Math.abs(offsetMinutes) % 60);
    String t = random.nextInt(5) == 0 ? "t" : "T";
    return seconds.replace("T", t) + fraction + offset;
  }
}
