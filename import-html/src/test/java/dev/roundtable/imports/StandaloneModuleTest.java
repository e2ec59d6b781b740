package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The importer works on a module path of itself, the model and jsoup: what its POM declares. */
class StandaloneModuleTest {
  @Test
  void the_importer_resolves_with_its_declared_dependencies_and_reads_html() throws Exception {
    MinimalModulePath path = MinimalModulePath.of("dev.roundtable.imports",
        HtmlBody.class, Answer.class, Jsoup.class);
    assertThat(path.modules())
        .containsExactly("dev.roundtable.imports", "dev.roundtable.model", "org.jsoup");
    Object body = path.callStatic(HtmlBody.class.getName(), "parse",
        "<p>One <em>two</em></p><script>x</script>");
    assertThat(path.defines(body)).isTrue();
    assertThat(MinimalModulePath.call(body, "plainText")).isEqualTo("One two");
  }
}
