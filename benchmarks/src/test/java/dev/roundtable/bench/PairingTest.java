package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairingTest {

  static Measurement m(String benchmark, String method, double score) {
    return m(benchmark, method, Map.of(), 1, score);
  }

  static Measurement m(String benchmark, String method, Map<String, String> params, int threads,
      double score) {
    return new Measurement(benchmark, method, params, threads, score, score / 10, "ops/s",
        100, 1e9 / score, 1e8 / score);
  }

  @Test
  void pairsRoundtableWithEveryPeerOfTheSameSuffix() {
    List<Measurement> run = List.of(
        m("HtmlBenchmark", "roundtableAnswerPage", 300),
        m("HtmlBenchmark", "jteAnswerPage", 200),
        m("HtmlBenchmark", "mustacheAnswerPage", 100));

    assertThat(Pairing.pairs(run))
        .extracting(Pair::work, Pair::peerName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AnswerPage", "jte"),
            org.assertj.core.groups.Tuple.tuple("AnswerPage", "mustache"));
  }

  @Test
  void keepsCamelCasePeerNames() {
    List<Measurement> run = List.of(
        m("EscapeBenchmark", "roundtableEscapeText", 3),
        m("EscapeBenchmark", "commonsTextEscapeText", 1));

    assertThat(Pairing.pairs(run)).singleElement()
        .extracting(Pair::peerName).isEqualTo("commonsText");
  }

  @Test
  void pairsAPeerWithTheLongestRoundtableSuffixItEndsWith() {
    List<Measurement> run = List.of(
        m("FeedBenchmark", "roundtableWriteRss", 3),
        m("FeedBenchmark", "roundtableParseWriteRss", 3),
        m("FeedBenchmark", "romeParseWriteRss", 1),
        m("FeedBenchmark", "romeWriteRss", 1));

    assertThat(Pairing.pairs(run))
        .extracting(p -> p.roundtable().method() + "/" + p.peer().method())
        .containsExactlyInAnyOrder("roundtableWriteRss/romeWriteRss",
            "roundtableParseWriteRss/romeParseWriteRss");
  }

  @Test
  void neverPairsAcrossClassesParametersOrThreadCounts() {
    List<Measurement> run = List.of(
        m("JsonBenchmark", "roundtableWrite", Map.of("answers", "10"), 1, 5),
        m("FeedBenchmark", "romeWrite", Map.of("answers", "10"), 1, 5),
        m("JsonBenchmark", "databindWrite", Map.of("answers", "1000"), 1, 5),
        m("JsonBenchmark", "databindWrite", Map.of("answers", "10"), 2, 5));

    assertThat(Pairing.pairs(run)).isEmpty();
    assertThat(Pairing.unpaired(run)).hasSize(4);
  }

  @Test
  void pairsEachParameterSetSeparately() {
    List<Measurement> run = List.of(
        m("JsonBenchmark", "roundtableWrite", Map.of("answers", "10"), 1, 50),
        m("JsonBenchmark", "roundtableWrite", Map.of("answers", "1000"), 1, 5),
        m("JsonBenchmark", "databindWrite", Map.of("answers", "1000"), 1, 4),
        m("JsonBenchmark", "databindWrite", Map.of("answers", "10"), 1, 40));

    assertThat(Pairing.pairs(run))
        .extracting(p -> p.roundtable().paramsLabel() + " " + p.peer().score())
        .containsExactly("answers=10 40.0", "answers=1000 4.0");
  }

  @Test
  void ignoresMethodsThatOnlyLookLikeRoundtableOnes() {
    List<Measurement> run = List.of(
        m("JsonBenchmark", "roundtablewrite", 5),
        m("JsonBenchmark", "Databindwrite", 5),
        m("JsonBenchmark", "roundtable", 5));

    assertThat(Pairing.pairs(run)).isEmpty();
  }

  @Test
  void comparesOneThreadWithMoreThreadsOfTheSameWork() {
    List<Measurement> run = List.of(
        m("ConcurrencyBenchmark", "roundtableWriteRssThreads1", Map.of(), 1, 100),
        m("ConcurrencyBenchmark", "roundtableWriteRssThreads2", Map.of(), 2, 190),
        m("ConcurrencyBenchmark", "roundtableWriteJsonThreads2", Map.of(), 2, 190));

    assertThat(Pairing.threadScalings(run)).singleElement().satisfies(t -> {
      assertThat(t.work()).isEqualTo("roundtableWriteRss");
      assertThat(t.multi().threads()).isEqualTo(2);
      assertThat(t.speedup().value()).isEqualTo(1.9);
    });
    assertThat(Pairing.unpaired(run)).extracting(Measurement::method)
        .containsExactly("roundtableWriteJsonThreads2");
  }

  @Test
  void speedupOfTimePerOperationIsThePeersTimeOverRoundtables() {
    Measurement rt = new Measurement("B", "roundtableX", Map.of(), 1, 2, 0, "us/op", 0,
        Double.NaN, Double.NaN);
    Measurement peer = new Measurement("B", "peerX", Map.of(), 1, 6, 0, "us/op", 0, Double.NaN,
        Double.NaN);

    assertThat(new Pair("X", "peer", rt, peer, null).speedup().orElseThrow().value())
        .isEqualTo(3.0);
  }

  @Test
  void attachesTheFloorToEveryPairOfItsWorkAndNeverTakesItForAPeer() {
    List<Measurement> run = List.of(
        m("FeedBenchmark", "roundtableWriteRss", 30),
        m("FeedBenchmark", "romeWriteRss", 3),
        m("FeedBenchmark", "romeCharsWriteRss", 4),
        m("FeedBenchmark", "floorWriteRss", 60));

    assertThat(Pairing.pairs(run)).hasSize(2).allSatisfy(p -> {
      assertThat(p.peerName()).startsWith("rome");
      assertThat(p.floor().method()).isEqualTo("floorWriteRss");
      assertThat(p.ofFloor().orElseThrow().value()).isEqualTo(0.5);
    });
    assertThat(Pairing.unpaired(run)).isEmpty();
  }

  @Test
  void aWorkThatOnlyTheFloorAlsoDoesIsAPairWithoutPeer() {
    List<Measurement> run = List.of(
        m("FeedBenchmark", "roundtableWriteJsonFeed", Map.of("corpus", "cjk"), 1, 20),
        m("FeedBenchmark", "floorWriteJsonFeed", Map.of("corpus", "cjk"), 1, 40),
        m("FeedBenchmark", "floorWriteJsonFeed", Map.of("corpus", "latin"), 1, 40));

    assertThat(Pairing.pairs(run)).singleElement().satisfies(p -> {
      assertThat(p.peer()).isNull();
      assertThat(p.peerName()).isEmpty();
      assertThat(p.speedup()).isEmpty();
      assertThat(p.ofFloor().orElseThrow().value()).isEqualTo(0.5);
    });
    assertThat(Pairing.unpaired(run)).extracting(Measurement::paramsLabel)
        .containsExactly("corpus=latin");
  }

  @Test
  void aPairNeedsAPeerOrAFloor() {
    Measurement rt = m("B", "roundtableX", 1);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Pair("X", "", rt, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
  }
}
