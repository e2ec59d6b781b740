package dev.roundtable.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * An Apache Felix framework in this JVM, with a fresh bundle cache, whose bundles see the boot
 * class path and the system bundle's packages only (Felix's default parent, not the test's
 * class path). Stopped when closed.
 */
final class OsgiHost implements AutoCloseable {
  private final Framework framework;

  private OsgiHost(Framework framework) {
    this.framework = framework;
  }

  /**
   * Starts a framework.
   *
   * @param storage the bundle cache's directory, emptied first
   * @return the running framework
   * @throws BundleException when it cannot start
   */
  static OsgiHost start(Path storage) throws BundleException {
    Framework framework = new FrameworkFactory().newFramework(Map.of(
        Constants.FRAMEWORK_STORAGE, storage.toString(),
        Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT));
    framework.start();
    return new OsgiHost(framework);
  }

  /**
   * Installs bundles, then starts each of them: all are installed before any resolves, so the
   * optional imports of a bundle find what is there.
   *
   * @param jars the bundles' jars
   * @return the bundles, in the order given, all active
   * @throws BundleException when one does not install, resolve or start (the message says
   *     which requirement is missing)
   */
  List<Bundle> installAndStart(List<Path> jars) throws BundleException {
    BundleContext context = framework.getBundleContext();
    List<Bundle> bundles = new ArrayList<>();
    for (Path jar : jars) {
      bundles.add(context.installBundle(jar.toUri().toString()));
    }
    for (Bundle bundle : bundles) {
      bundle.start();
      assertThat(bundle.getState()).as(bundle.getSymbolicName()).isEqualTo(Bundle.ACTIVE);
    }
    return bundles;
  }

  /**
   * The one service of a type that a probe registered under a name.
   *
   * @param <S> the service type
   * @param type the service type, one of {@code java.base} that both sides share
   * @param probe the value of its {@code roundtable.probe} property
   * @return the service object
   */
  <S> S service(Class<S> type, String probe) throws Exception {
    BundleContext context = framework.getBundleContext();
    var references = context.getServiceReferences(type, "(roundtable.probe=" + probe + ")");
    assertThat(references).as("services %s of %s", type, probe).hasSize(1);
    ServiceReference<S> reference = references.iterator().next();
    return context.getService(reference);
  }

  /**
   * The symbolic names of the bundles whose packages a bundle imports, each once.
   *
   * @param bundle a resolved bundle
   * @return the providers' names, in the order of the bundle's wires
   */
  static List<String> providers(Bundle bundle) {
    List<String> names = new ArrayList<>();
    for (BundleWire wire : bundle.adapt(BundleWiring.class)
        .getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
      names.add(wire.getProvider().getBundle().getSymbolicName());
    }
    return names.stream().distinct().toList();
  }

  @Override
  public void close() throws Exception {
    framework.stop();
    framework.waitForStop(30_000);
  }
}
