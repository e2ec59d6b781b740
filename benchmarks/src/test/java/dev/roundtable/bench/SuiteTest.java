package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Warmup;

class SuiteTest {

  @Test
  void theDefaultRunIncludesEveryClassOfTheSuiteAndNothingElse() {
    Pattern include = Pattern.compile(Suite.DEFAULT_INCLUDE);

    for (Class<?> type : Suite.CLASSES) {
      assertThat(include.matcher(type.getName() + ".anyMethod").find()).as(type.getName())
          .isTrue();
    }
    assertThat(include.matcher(ScaleChild.class.getName() + ".main").find()).isFalse();
    assertThat(include.matcher("dev.roundtable.bench.XFeedBenchmark.m").find()).isFalse();
  }

  @Test
  void theFullRunsSettingsAreEachClassesOwnIterations() {
    String settings = Suite.settings(false);

    for (Class<?> type : Suite.CLASSES) {
      Warmup warmup = type.getAnnotation(Warmup.class);
      Measurement measurement = type.getAnnotation(Measurement.class);
      assertThat(warmup).as(type.getSimpleName()).isNotNull();
      assertThat(measurement).as(type.getSimpleName()).isNotNull();
      assertThat(settings).contains(type.getSimpleName() + " " + warmup.iterations() + " × ");
    }
    assertThat(Suite.settings(true)).startsWith("`--quick`");
  }
}
