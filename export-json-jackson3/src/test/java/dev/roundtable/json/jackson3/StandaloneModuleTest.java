package dev.roundtable.json.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import dev.roundtable.text.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 module works on a module path of itself and what its POM brings: the JSON
 * module, the model, the text engine, jackson-core 2, and Jackson 3's core, databind and the
 * annotations it keeps from Jackson 2.
 */
class StandaloneModuleTest {
  @Test
  void the_jackson3_module_resolves_with_its_declared_dependencies_and_writes_as_the_format()
      throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.json.jackson3",
        RoundtableJackson3Module.class, RoundtableJson.class, Answer.class, Context.class,
        com.fasterxml.jackson.core.JsonFactory.class, tools.jackson.core.json.JsonFactory.class,
        JsonMapper.class, JsonProperty.class);
    assertThat(path.modules()).containsExactly("com.fasterxml.jackson.annotation",
        "com.fasterxml.jackson.core", "dev.roundtable.json", "dev.roundtable.json.jackson3",
        "dev.roundtable.model", "dev.roundtable.text", "tools.jackson.core",
        "tools.jackson.databind");
    String json = Files.readString(Path.of("../examples/mentoring.json"));
    Object document = MinimalModulePath.call(
        path.callStatic(RoundtableJson.class.getName(), "defaults"), "read", json);
    Object module = path.callStatic(RoundtableJackson3Module.class.getName(), "strict");
    Object builder = path.callStatic(JsonMapper.class.getName(), "builder");
    Object mapper = MinimalModulePath.call(MinimalModulePath.call(builder, "addModule", module),
        "build");

    Object written = MinimalModulePath.call(mapper, "writeValueAsString", document);

    assertThat(path.defines(mapper)).isTrue();
    assertThat(written)
        .isEqualTo(RoundtableJson.defaults().toJson(RoundtableJson.defaults().read(json)));
  }
}
