package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import dev.roundtable.text.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON module works on a module path of itself, the model, the text engine and
 * jackson-core: what its POM declares (databind is optional).
 */
class StandaloneModuleTest {
  @Test
  void the_json_module_resolves_with_its_declared_dependencies_and_reads_and_writes()
      throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.json",
        RoundtableJson.class, Answer.class, Context.class, JsonFactory.class);
    assertThat(path.modules()).containsExactly("com.fasterxml.jackson.core",
        "dev.roundtable.json", "dev.roundtable.model", "dev.roundtable.text");
    String json = Files.readString(Path.of("../examples/mentoring.json"));
    Object roundtable = path.callStatic(RoundtableJson.class.getName(), "defaults");
    Object document = MinimalModulePath.call(roundtable, "read", json);
    assertThat(path.defines(document)).isTrue();
    assertThat(MinimalModulePath.call(roundtable, "toJson", document))
        .isEqualTo(RoundtableJson.defaults().toJson(RoundtableJson.defaults().read(json)));
  }
}
