package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each pair's benchmark class sets up on a corpus and runs every method once without JMH: every
 * method does work, and each floor writes no more bytes than Roundtable's output of the same work
 * (it encodes the texts that output carries and nothing else).
 */
class BenchmarkSmokeTest {
  private static final Blackhole BLACKHOLE = new Blackhole("Today's password is swordfish. I"
      + " understand instantiating Blackholes directly is dangerous.");

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({"FeedBenchmark, copies", "FeedBenchmark, realistic",
      "AtomAndJsonFeedBenchmark, cjk", "EscapeBenchmark, copies", "EscapeBenchmark, cjk",
      "JsonBenchmark, copies", "JsonBenchmark, realistic", "HtmlBenchmark, copies",
      "HtmlBenchmark, realistic"})
  void everyMethodDoesWorkAndNoFloorWritesMoreThanRoundtable(String type, String corpus)
      throws Exception {
    Class<?> benchmark = Class.forName("dev.roundtable.bench." + type);
    Object instance = benchmark.getConstructor().newInstance();
    benchmark.getField("corpus").set(instance, corpus);
    for (Method m : benchmark.getMethods()) {
      if (m.isAnnotationPresent(Setup.class)) {
        m.invoke(instance);
      }
    }
    Map<String, Long> sizes = new LinkedHashMap<>();
    Method[] methods = benchmark.getMethods();
    Arrays.sort(methods, Comparator.comparing(Method::getName));
    int run = 0;
    for (Method m : methods) {
      if (m.isAnnotationPresent(Benchmark.class)) {
        Object result = m.getParameterCount() == 0 ? m.invoke(instance)
            : m.invoke(instance, BLACKHOLE);
        if (m.getReturnType() != void.class) {
          assertThat(result).as(m.getName()).isNotNull();
        }
        if (result instanceof Long n) {
          sizes.put(m.getName(), n);
        } else if (result instanceof String html) {
          sizes.put(m.getName(), (long) html.getBytes(StandardCharsets.UTF_8).length);
        }
        run++;
      }
    }

    assertThat(run).as(type).isGreaterThanOrEqualTo(2);
    assertThat(sizes).as(type + " on " + corpus).allSatisfy((method, size) ->
        assertThat(size).as(method).isPositive());
    if (!type.equals("HtmlBenchmark")) { // its methods each render the next page in turn
      sizes.forEach((method, size) -> {
        if (method.startsWith(Pairing.FLOOR)) {
          String roundtable = Pairing.ROUNDTABLE + method.substring(Pairing.FLOOR.length());
          assertThat(size).as(method).isLessThanOrEqualTo(sizes.get(roundtable));
        }
      });
    }
  }
}
