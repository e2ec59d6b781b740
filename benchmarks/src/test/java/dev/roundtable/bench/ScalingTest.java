package dev.roundtable.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingTest {
  private static final List<ScaleRun> RUNS = List.of(
      new ScaleRun("RSS feed", 1_000, 0.1, 10_000, 20.5, Map.of()),
      new ScaleRun("RSS feed", 10_000, 1.0, 10_000, 21.0, Map.of()),
      new ScaleRun("JSON document", 1_000, 0.05, 20_000, 30.0,
          Map.of("model_heap_mb", "5.0")),
      new ScaleRun("JSON document", 10_000, 0.5, 20_000, 40.0,
          Map.of("model_heap_mb", "15.0")));

  @Test
  void tabulatesEveryRunWithItsExtraFields() {
    String table = Scaling.table(RUNS);

    assertThat(table).contains("| RSS feed | 10,000 | 1.00 | 10,000 | 21.0 |  |")
        .contains("| JSON document | 1,000 | 0.05 | 20,000 | 30.0 | model_heap_mb=5.0 |");
  }

  @Test
  void drawsBothPlotsAsPngImages(@TempDir Path dir) throws Exception {
    ScalingCharts.write(RUNS, dir);

    for (String name : List.of("scaling-throughput.png", "scaling-heap.png")) {
      BufferedImage image = ImageIO.read(dir.resolve(name).toFile());
      assertThat(image).as(name).isNotNull();
      assertThat(image.getWidth()).as(name).isEqualTo(800);
    }
  }
}
