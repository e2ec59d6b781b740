package dev.roundtable.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import java.io.File;
import java.nio.file.Path;
import java.util.List;

/**
 * A probe bundle, built by bndlib from this module's test classes: its own packages private,
 * its imports computed by bnd from the manifests of the jars it is built against (so they carry
 * the same version ranges as a user's bundle would).
 */
final class ProbeBundle {
  private ProbeBundle() {}

  /**
   * Builds a probe bundle.
   *
   * @param name its symbolic name
   * @param activator its activator's class
   * @param against the jars it is compiled against (the library's, Felix's for the OSGi API)
   * @param out the bundle's file
   * @return the bundle's Import-Package header
   * @throws Exception when bnd reports an error
   */
  static String build(String name, Class<?> activator, List<Path> against, Path out)
      throws Exception {
    try (Builder builder = new Builder()) {
      builder.setProperty("Bundle-SymbolicName", name);
      builder.setProperty("Bundle-Version", "1.0.0");
      builder.setProperty("Bundle-Activator", activator.getName());
      builder.setProperty("Private-Package",
          "dev.roundtable.osgi.probe, " + activator.getPackageName());
      builder.setProperty("-noimportjava", "true");
      builder.addClasspath(new File(activator.getProtectionDomain().getCodeSource().getLocation()
          .toURI()));
      for (Path jar : against) {
        builder.addClasspath(jar.toFile());
      }
      Jar jar = builder.build();
      assertThat(builder.getErrors()).as("bnd errors for %s", name).isEmpty();
      jar.write(out.toFile());
      return jar.getManifest().getMainAttributes().getValue("Import-Package");
    }
  }
}
