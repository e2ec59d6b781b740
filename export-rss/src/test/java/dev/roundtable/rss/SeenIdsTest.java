package dev.roundtable.rss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint table behind the duplicate-id check: exact for every id it has seen. */
class SeenIdsTest {

  @Test
  void remembersEveryIdAcrossTheTablesGrowth() {
    SeenIds seen = new SeenIds();
    for (int i = 0; i < 200_000; i++) {
      assertThat(seen.add("https://example.com/a/" + i)).as("first time %d", i).isTrue();
    }
    for (int i = 0; i < 200_000; i += 7) {
      assertThat(seen.add("https://example.com/a/" + i)).as("again %d", i).isFalse();
    }
  }

  @Test
  void givesEveryShortIdItsOwnFingerprintWhateverItsLength() {
    String alphabet = "a%0/.-";
    List<String> ids = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 5; length++) {
      List<String> longer = new ArrayList<>();
      for (String id : ids) {
        if (id.length() == length - 1) {
          for (char c : alphabet.toCharArray()) {
            longer.add(id + c);
          }
        }
      }
      ids.addAll(longer);
    }
    Set<Long> fingerprints = new HashSet<>();
    for (String id : ids) {
      fingerprints.add(SeenIds.fingerprint(id));
    }
    assertThat(fingerprints).hasSameSizeAs(ids).doesNotContain(0L);
  }
}
