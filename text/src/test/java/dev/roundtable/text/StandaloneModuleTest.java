package dev.roundtable.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The text engine works on a module path that holds nothing but itself. */
class StandaloneModuleTest {
  @Test
  void the_engine_resolves_alone_and_escapes() throws Exception {
    Path classes = Path.of(Context.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(ModuleFinder.of(classes), ModuleFinder.of(), Set.of("dev.roundtable.text"));
    ModuleLayer layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    assertThat(layer.modules()).hasSize(1);
    Class<?> context = layer.findLoader("dev.roundtable.text").loadClass(Context.class.getName());
    Object html = context.getField("HTML").get(null);
    assertThat(context.getMethod("escape", CharSequence.class).invoke(html, "<a&b>"))
        .isEqualTo("&lt;a&amp;b&gt;");
    assertThat(html.getClass().getModule().getLayer()).isSameAs(layer);
  }
}
