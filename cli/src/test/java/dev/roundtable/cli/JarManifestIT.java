package dev.roundtable.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The runnable jar names itself as a module, so it can sit on a module path. */
class JarManifestIT {
  @Test
  void the_runnable_jar_declares_its_module_name_and_main_class() throws Exception {
    Path jar = Path.of(System.getProperty("roundtable.jar", "target/roundtable.jar"));
    assumeTrue(Files.isRegularFile(jar), "no runnable jar at " + jar + ": run mvn package first");

    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.roundtable.cli");
    }
    ModuleReference module = ModuleFinder.of(jar).findAll().iterator().next();
    assertThat(module.descriptor().name()).isEqualTo("dev.roundtable.cli");
  }
}
