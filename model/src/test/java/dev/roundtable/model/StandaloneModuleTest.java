package dev.roundtable.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The model works on a module path that holds nothing but itself. */
class StandaloneModuleTest {
  @Test
  void the_model_resolves_and_validates_alone() throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.model", Answer.class);
    assertThat(path.modules()).containsExactly("dev.roundtable.model");
    Object url = path.callStatic(Url.class.getName(), "of", "https://example.com/a");
    assertThat(path.defines(url)).isTrue();
    assertThat(url.toString()).isEqualTo("https://example.com/a");
    assertThat(path.callStatic(Text.class.getName(), "isVisible", "\u200B")).isEqualTo(false);
  }
}
