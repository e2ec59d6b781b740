package dev.roundtable.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MentoringExample;
import dev.roundtable.model.ReadmeSnippet;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The README's Jackson 3 snippet, copied literally, so that it compiles and cannot rot. */
class ReadmeJackson3Test {
  @Test
  void the_readme_snippet_for_jackson_3_compiles_runs_and_is_in_the_readme() throws IOException {
    Answer answer = MentoringExample.featured();
    // --- README Jackson 3, verbatim ---
    JsonMapper mapper = JsonMapper.builder().addModule(new RoundtableJackson3Module()).build();
    String json = mapper.writeValueAsString(answer);   // the same bytes as with Jackson 2
    Answer again = mapper.readValue(json, Answer.class);
    // --- end ---
    assertThat(json).isEqualTo(RoundtableJson.defaults().toJson(answer));
    assertThat(again).isEqualTo(answer);

    assertThat(ReadmeSnippet.readme()).contains(ReadmeSnippet.fencedBlock(
        Path.of("src/test/java/dev/roundtable/json/jackson3/ReadmeJackson3Test.java"),
        "// --- README Jackson 3, verbatim ---", "    // --- end ---"));
  }
}
