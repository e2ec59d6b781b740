package dev.roundtable.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import dev.roundtable.model.Document;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** jackson-databind is optional: the writer, the reader and JsonLd work with jackson-core alone (and the model and the text engine). */
class WithoutDatabindTest {
  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void readsWritesAndWritesJsonLdWithOnlyJacksonCoreAndTheModel() throws Exception {
    URL[] path = {locationOf(RoundtableJson.class), locationOf(Document.class),
        locationOf(dev.roundtable.text.Context.class), locationOf(JsonFactory.class)};
    String json = Files.readString(Path.of("../examples/mentoring.json"));
    try (URLClassLoader loader = new URLClassLoader(path, ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> type = loader.loadClass(RoundtableJson.class.getName());
      Object roundtable = type.getMethod("defaults").invoke(null);
      Object document = type.getMethod("read", String.class).invoke(roundtable, json);
      Method toJson = type.getMethod("toJson", loader.loadClass(Document.class.getName()));

      Object question = ((java.util.List<?>) document.getClass().getMethod("questions")
          .invoke(document)).get(0);
      Class<?> jsonLd = loader.loadClass(JsonLd.class.getName());
      Object ld = jsonLd.getMethod("defaults").invoke(null);
      Method questionPage = jsonLd.getMethod("questionPage", question.getClass());
      Document expected = RoundtableJson.defaults().read(json);

      assertThat((String) toJson.invoke(roundtable, document))
          .isEqualTo(RoundtableJson.defaults().toJson(expected));
      assertThat((String) questionPage.invoke(ld, question))
          .isEqualTo(JsonLd.defaults().questionPage(expected.questions().get(0)));
    }
  }
}
