package dev.roundtable.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.model.Answer;
import dev.roundtable.model.MinimalModulePath;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The importer works on a module path of itself, the model, jsoup and commonmark-java: what its
 * POM declares.
 */
class StandaloneModuleTest {
  private static MinimalModulePath path() {
    return MinimalModulePath.of("dev.roundtable.imports",
        HtmlBody.class, Answer.class, Jsoup.class, Parser.class);
  }

  @Test
  void the_importer_resolves_with_its_declared_dependencies_and_reads_html() throws Exception {
    MinimalModulePath path = path();
    assertThat(path.modules()).containsExactly(
        "dev.roundtable.imports", "dev.roundtable.model", "org.commonmark", "org.jsoup");
    Object body = path.callStatic(HtmlBody.class.getName(), "parse",
        "<p>One <em>two</em></p><script>x</script>");
    assertThat(path.defines(body)).isTrue();
    assertThat(MinimalModulePath.call(body, "plainText")).isEqualTo("One two");
  }

  @Test
  void the_importer_reads_markdown_on_its_declared_module_path() throws Exception {
    MinimalModulePath path = path();
    Object imported = path.callStatic(MarkdownBody.class.getName(), "read",
        "One *two*\n\n<script>x</script>");
    assertThat(path.defines(imported)).isTrue();
    Object body = MinimalModulePath.call(imported, "body");
    assertThat(MinimalModulePath.call(body, "plainText")).isEqualTo("One two");
    assertThat(MinimalModulePath.call(imported, "drops").toString())
        .isEqualTo("[3: dropped an HTML block '<script>x</script>']");
  }
}
