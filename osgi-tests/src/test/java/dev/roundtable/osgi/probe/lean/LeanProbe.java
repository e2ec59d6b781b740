package dev.roundtable.osgi.probe.lean;

import java.util.Hashtable;
import java.util.Map;
import java.util.function.Supplier;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the probe bundle for a host without the JSON bundle: it offers
 * {@link LeanRendering#outputs} as a {@code Supplier<Map<String, byte[]>>} service.
 */
public final class LeanProbe implements BundleActivator {
  /** Made by the framework. */
  public LeanProbe() {}

  @Override
  public void start(BundleContext context) {
    Supplier<Map<String, byte[]>> rendering = LeanRendering::outputs;
    context.registerService(Supplier.class, rendering,
        new Hashtable<>(Map.of("roundtable.probe", "lean")));
  }

  @Override
  public void stop(BundleContext context) {}
}
