package dev.roundtable.osgi.probe.full;

import java.util.Hashtable;
import java.util.Map;
import java.util.function.Function;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * The activator of the probe bundle that uses every library bundle: it offers
 * {@link FullRendering#of} as a {@code Function<byte[], Map<String, byte[]>>} service, a type
 * of {@code java.base} that the test outside the framework shares.
 */
public final class FullProbe implements BundleActivator {
  /** The service property that names this probe's service. */
  public static final String NAME = "roundtable.probe";

  /** Made by the framework. */
  public FullProbe() {}

  @Override
  public void start(BundleContext context) {
    Function<byte[], Map<String, byte[]>> rendering = FullRendering::of;
    context.registerService(Function.class, rendering,
        new Hashtable<>(Map.of(NAME, "full")));
  }

  @Override
  public void stop(BundleContext context) {}
}
