package dev.roundtable.osgi;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.roundtable.html.HtmlExporter;
import dev.roundtable.json.RoundtableJson;
import dev.roundtable.model.Answer;
import dev.roundtable.model.Document;
import dev.roundtable.model.Question;
import dev.roundtable.rss.Channel;
import dev.roundtable.rss.RssFeedWriter;
import dev.roundtable.text.Context;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;
import org.w3c.dom.NodeList;

/**
 * A consumer project outside the reactor ({@code src/test/consumer}: no parent, the BOM
 * imported, roundtable-export-rss and roundtable-export-json without versions, a module-info,
 * its jar a bundle by bnd-maven-plugin) is built by the Maven that runs this build, offline,
 * against a local repository holding only the reactor's jars and POMs (third-party artifacts
 * come from this build's local repository, ~/.m2/repository, through a file mirror). Its
 * application then prints the same bytes on the class path, on the module path and as a bundle
 * in Felix, and they are what the library renders in this JVM.
 *
 * <p>It needs nothing that the reactor's own build has not put into the local repository: the
 * consumer's plugins are the ones the parent pins, at the same versions (checked here).
 */
class ConsumerProjectIT {
  private static final Path EXAMPLE = Path.of(System.getProperty("roundtable.example"));
  private static final String VERSION = System.getProperty("roundtable.version");
  private static final String MODULE = "com.example.consumer";
  private static final String MAIN = MODULE + ".PanelFeed";

  /** The library modules the consumer needs, by a class of each. */
  private static final List<Class<?>> NEEDED = List.of(Context.class, Answer.class,
      RoundtableJson.class, HtmlExporter.class, RssFeedWriter.class);

  private static Path work;
  private static Path project;
  private static Path repository;
  private static Path appJar;
  private static List<Path> dependencies;
  private static byte[] classPathOutput;

  @BeforeAll
  static void build_the_consumer_offline_against_the_staged_reactor() throws Exception {
    String mavenHome = System.getProperty("maven.home");
    assertThat(mavenHome).as("maven.home (set by the failsafe configuration)").isNotNull();
    work = WorkDirectory.fresh("consumer");
    repository = work.resolve("repository");
    stageReactor();
    project = work.resolve("project");
    copyTree(Path.of("src/test/consumer"), project);
    Path settings = work.resolve("settings.xml");
    String outer = Path.of(System.getProperty("roundtable.local.repository",
        Path.of(System.getProperty("user.home"), ".m2", "repository").toString())).toUri()
        .toString();
    Files.writeString(settings, """
        <settings>
          <!-- What is not in the staged repository comes from the outer build's local
               repository (~/.m2/repository), read as a remote
               repository that stands for central: releases only (no Roundtable snapshot that
               another build installed there can be picked up), and no checksums (a local
               repository keeps none for some files). -->
          <mirrors>
            <mirror><id>user-home-m2</id><mirrorOf>*</mirrorOf><url>OUTER</url></mirror>
          </mirrors>
          <profiles>
            <profile>
              <id>user-home-m2</id>
              <repositories>
                <repository>
                  <id>central</id><url>OUTER</url>
                  <releases><checksumPolicy>ignore</checksumPolicy></releases>
                  <snapshots><enabled>false</enabled></snapshots>
                </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
                  <id>central</id><url>OUTER</url>
                  <releases><checksumPolicy>ignore</checksumPolicy></releases>
                  <snapshots><enabled>false</enabled></snapshots>
                </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>user-home-m2</activeProfile></activeProfiles>
        </settings>
        """.replace("OUTER", outer), UTF_8);

    Path log = work.resolve("maven.log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(mavenHome, "bin", "mvn").toString(),
        "-B", "-ntp", "-o", "-Daether.offline.protocols=file", "-s", settings.toString(),
        "-Dmaven.repo.local=" + repository, "package")
        .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_OPTS");
    Process process = builder.start();
    boolean finished = process.waitFor(180, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = Files.readString(log, UTF_8);
    assertThat(finished).as("the consumer's build finished in 180 s:%n%s", output).isTrue();
    assertThat(process.exitValue()).as("the consumer's build:%n%s", output).isZero();

    appJar = project.resolve("target/roundtable-consumer-1.0.0.jar");
    dependencies = Arrays.stream(
            Files.readString(project.resolve("target/classpath.txt"), UTF_8).strip()
                .split(File.pathSeparator))
        .map(Path::of).toList();
  }

  @Test
  void the_bom_gives_the_roundtable_modules_and_jackson_core_their_versions() throws Exception {
    String pom = Files.readString(project.resolve("pom.xml"), UTF_8);
    String declared = pom.substring(pom.indexOf("</dependencyManagement>"),
        pom.indexOf("<build>"));
    assertThat(declared).as("the consumer's own dependencies").contains(
        "<artifactId>roundtable-export-rss</artifactId>",
        "<artifactId>roundtable-export-json</artifactId>").doesNotContain("<version>");
    String listed = Files.readString(project.resolve("target/dependencies.txt"), UTF_8);
    String jackson = System.getProperty("roundtable.jackson.version");
    assertThat(listed).contains(
        "dev.roundtable:roundtable-export-rss:jar:" + VERSION + ":compile",
        "dev.roundtable:roundtable-export-json:jar:" + VERSION + ":compile",
        "dev.roundtable:roundtable-export-html:jar:" + VERSION + ":compile",
        "dev.roundtable:roundtable-model:jar:" + VERSION + ":compile",
        "dev.roundtable:roundtable-text:jar:" + VERSION + ":compile",
        "com.fasterxml.jackson.core:jackson-core:jar:" + jackson + ":compile")
        .doesNotContain("jackson-databind");
    assertThat(dependencies).hasSize(6).allMatch(jar -> jar.startsWith(repository));
    for (Class<?> type : NEEDED) {
      Path reactorJar = LibraryJars.of(type);
      Path resolved = dependencies.stream()
          .filter(jar -> jar.getFileName().equals(reactorJar.getFileName())).findFirst()
          .orElseThrow();
      assertThat(resolved).as("the staged copy of %s", reactorJar).hasSameBinaryContentAs(
          reactorJar);
    }
  }

  @Test
  void the_consumer_pins_each_plugin_at_the_version_the_parent_pins() throws Exception {
    Map<String, String> pinned = managedPlugins(Path.of("src/test/consumer/pom.xml"));
    Map<String, String> parents = managedPlugins(
        Path.of(System.getProperty("roundtable.root"), "pom.xml"));
    assertThat(pinned).containsOnlyKeys("maven-resources-plugin", "maven-compiler-plugin",
        "maven-surefire-plugin", "maven-jar-plugin", "maven-dependency-plugin",
        "bnd-maven-plugin");
    pinned.forEach((plugin, version) ->
        assertThat(version).as(plugin).isEqualTo(parents.get(plugin)));
  }

  @Test
  void on_the_class_path_the_app_prints_what_the_library_renders_in_process() throws Exception {
    byte[] expected = renderedInProcess(Files.readAllBytes(EXAMPLE));
    assertThat(new String(expected, UTF_8)).startsWith("<?xml").contains("<rss",
        "<title>Consumer panel</title>", "\"id\": \"jenni-luke\"");

    byte[] printed = classPathOutput();

    assertThat(new String(printed, UTF_8)).isEqualTo(new String(expected, UTF_8));
    assertThat(printed).isEqualTo(expected);
  }

  @Test
  void on_the_module_path_the_app_prints_what_it_prints_on_the_class_path() throws Exception {
    List<String> describe = List.of(java(), "-p", modulePath(), "--describe-module", MODULE);
    assertThat(new String(exec(describe), UTF_8))
        .contains("requires dev.roundtable.rss", "requires dev.roundtable.json");

    byte[] printed = exec(List.of(java(), "-p", modulePath(), "-m", MODULE + "/" + MAIN,
        EXAMPLE.toString()));

    byte[] plain = classPathOutput();
    assertThat(new String(printed, UTF_8)).isEqualTo(new String(plain, UTF_8));
    assertThat(printed).isEqualTo(plain);
  }

  @Test
  void in_felix_the_app_bundle_renders_what_the_class_path_prints() throws Exception {
    List<Path> bundles = new ArrayList<>(dependencies);
    bundles.add(appJar);
    byte[] example = Files.readAllBytes(EXAMPLE);
    byte[] inOsgi;
    try (OsgiHost host = OsgiHost.start(work.resolve("felix-cache"))) {
      List<Bundle> installed = host.installAndStart(bundles);
      Bundle app = installed.get(installed.size() - 1);
      assertThat(app.getSymbolicName()).isEqualTo(MODULE);
      assertThat(app.getHeaders().get("Import-Package"))
          .contains("dev.roundtable.rss;version=\"[0.1,0.2)\"",
              "dev.roundtable.json;version=\"[0.1,0.2)\"");
      assertThat(OsgiHost.providers(app)).containsExactlyInAnyOrder("dev.roundtable.json",
          "dev.roundtable.rss", "dev.roundtable.model");
      Class<?> main = app.loadClass(MAIN);
      assertThat(main.getClassLoader()).isSameAs(
          app.adapt(BundleWiring.class).getClassLoader());
      inOsgi = (byte[]) main.getMethod("render", byte[].class).invoke(null, (Object) example);
    }

    byte[] plain = classPathOutput();
    assertThat(new String(inOsgi, UTF_8)).isEqualTo(new String(plain, UTF_8));
    assertThat(inOsgi).isEqualTo(plain);
  }

  /**
   * What the consumer's app should print, rendered by the library on this test's class path:
   * its channel written out again here, so that the expected bytes owe nothing to its code.
   */
  private static byte[] renderedInProcess(byte[] json) throws IOException {
    Channel channel = Channel.builder()
        .title("Consumer panel")
        .link("https://consumer.example.org/panel/")
        .description("A panel read by a project that takes Roundtable from its BOM.")
        .selfUrl("https://consumer.example.org/panel/feed.rss")
        .language("en-GB")
        .build();
    Document document = RoundtableJson.defaults().read(json);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Question question : document.questions()) {
      RssFeedWriter.of(channel).write(question, out);
    }
    RoundtableJson.builder().pretty(true).build().write(document, out);
    return out.toByteArray();
  }

  /** What the app prints on the class path (run once, by the first test that needs it). */
  private static synchronized byte[] classPathOutput() throws Exception {
    if (classPathOutput == null) {
      classPathOutput = exec(List.of(java(), "-cp", modulePath(), MAIN, EXAMPLE.toString()));
    }
    return classPathOutput.clone();
  }

  /** The app's jar and its dependencies as the consumer's build resolved them. */
  private static String modulePath() {
    List<String> path = new ArrayList<>();
    path.add(appJar.toString());
    dependencies.forEach(jar -> path.add(jar.toString()));
    return String.join(File.pathSeparator, path);
  }

  /** A POM's pluginManagement: each plugin's artifactId and its version, properties replaced. */
  private static Map<String, String> managedPlugins(Path pom) throws Exception {
    org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(pom.toFile());
    XPath xpath = XPathFactory.newInstance().newXPath();
    NodeList plugins = (NodeList) xpath.evaluate("/project/build/pluginManagement/plugins/plugin",
        xml, XPathConstants.NODESET);
    Map<String, String> versions = new TreeMap<>();
    for (int i = 0; i < plugins.getLength(); i++) {
      String version = xpath.evaluate("version", plugins.item(i)).strip();
      if (version.startsWith("${")) {
        String property = version.substring(2, version.length() - 1);
        version = xpath.evaluate("/project/properties/" + property, xml).strip();
      }
      versions.put(xpath.evaluate("artifactId", plugins.item(i)).strip(), version);
    }
    return versions;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Writes the reactor's artifacts in the layout of a local repository: the parent's and the
   * BOM's POMs, and the jar and POM of each library module the consumer needs, as
   * {@code mvn install} would put them there.
   */
  private static void stageReactor() throws IOException {
    Path root = Path.of(System.getProperty("roundtable.root")).toAbsolutePath().normalize();
    stage("roundtable-parent", root.resolve("pom.xml"), null);
    stage("roundtable-bom", root.resolve("bom/pom.xml"), null);
    for (Class<?> type : NEEDED) {
      Path jar = LibraryJars.of(type);
      String name = jar.getFileName().toString();
      String suffix = "-" + VERSION + ".jar";
      assertThat(name).endsWith(suffix);
      Path pom = jar.getParent().getParent().resolve("pom.xml");
      stage(name.substring(0, name.length() - suffix.length()), pom, jar);
    }
  }

  private static void stage(String artifactId, Path pom, Path jar) throws IOException {
    assertThat(Files.readString(pom, UTF_8)).as(pom.toString())
        .contains("<artifactId>" + artifactId + "</artifactId>");
    Path dir = Files.createDirectories(
        repository.resolve("dev/roundtable").resolve(artifactId).resolve(VERSION));
    String base = artifactId + "-" + VERSION;
    Files.copy(pom, dir.resolve(base + ".pom"));
    if (jar != null) {
      Files.copy(jar, dir.resolve(base + ".jar"));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private static byte[] exec(List<String> command) throws Exception {
    return Processes.output(command, work);
  }
}
