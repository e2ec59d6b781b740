package dev.roundtable.model;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * A module layer made of one module and exactly the dependencies its POM declares, nothing
 * else of the test's path: resolving it proves that the module's {@code requires} are met by
 * what a user gets from Maven, and calling into it proves the classes work there.
 */
public final class MinimalModulePath {
  private final ModuleLayer layer;
  private final ClassLoader loader;

  private MinimalModulePath(String module, Class<?>... members) {
    Path[] path = Arrays.stream(members).map(MinimalModulePath::locationOf).toArray(Path[]::new);
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolveAndBind(ModuleFinder.of(path), ModuleFinder.of(), Set.of(module));
    this.layer = ModuleLayer.boot()
        .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    this.loader = layer.findLoader(module);
  }

  /**
   * Resolves {@code module} from the jars (or class directories) that hold {@code members}.
   *
   * @param module the module to resolve, e.g. {@code dev.roundtable.json}
   * @param members one class of the module and of each declared dependency
   * @return the layer
   * @throws java.lang.module.FindException when a required module is not among them
   */
  public static MinimalModulePath of(String module, Class<?>... members) {
    return new MinimalModulePath(module, members);
  }

  /** The names of the modules the layer holds. */
  public Set<String> modules() {
    return layer.modules().stream().map(Module::getName)
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
  }

  /**
   * Calls a public static method of a class of the layer, by name, with arguments whose types
   * are taken from the values (which must be of the JDK's types, such as {@code String}).
   */
  public Object callStatic(String type, String method, Object... args) throws Exception {
    Class<?> c = Class.forName(type, true, loader);
    return find(c, method, args).invoke(null, args);
  }

  /** Calls a public method of an object of the layer by name (the first with that many parameters). */
  public static Object call(Object target, String method, Object... args) throws Exception {
    return find(target.getClass(), method, args).invoke(target, args);
  }

  /** Whether a class of the layer came from the layer, not from the test's own path. */
  public boolean defines(Object value) {
    return value.getClass().getModule().getLayer() == layer;
  }

  private static Method find(Class<?> c, String name, Object[] args) {
    return Arrays.stream(c.getMethods())
        .filter(m -> m.getName().equals(name) && m.getParameterCount() == args.length)
        .filter(m -> {
          for (int i = 0; i < args.length; i++) {
            if (args[i] != null && !m.getParameterTypes()[i].isInstance(args[i])) {
              return false;
            }
          }
          return true;
        })
        .findFirst().orElseThrow(() -> new NoSuchMethodError(c.getName() + "." + name));
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
