package org.openimr.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What the published modules built, checked against the release rules: the BOM lists exactly the
 * published modules and nothing of the parent; every published POM is flattened and carries the
 * metadata Maven Central requires; every published jar has a stable module name and comes with
 * sources, javadoc and an SBOM; every other module is kept out of Central.
 *
 * <p>Runs in this module's {@code test} phase, after the reactor has packaged the modules it
 * depends on.
 */
class PublishedArtifactsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("openimr.version", "");

  /** The published jar modules and their Automatic-Module-Name. */
  private static final Map<String, String> MODULE_NAMES =
      Map.of(
          "imr-core", "org.openimr.core",
          "imr-letters", "org.openimr.letters",
          "imr-guidelines", "org.openimr.guidelines",
          "imr-testkit", "org.openimr.testkit",
          "imr-cli", "org.openimr.cli");

  @Test
  void theBomListsExactlyThePublishedJarModulesAtThisVersion() throws Exception {
    Document bom = flattenedPom("imr-bom");
    List<String> managed =
        coordinates(bom, "/project/dependencyManagement/dependencies/dependency");
    List<String> expected =
        publishedModules().stream()
            .filter(m -> !m.equals("imr-bom"))
            .map(m -> "org.openimr:" + m + ":" + VERSION)
            .sorted()
            .collect(Collectors.toList());
    assertThat(managed).isEqualTo(expected);
    List<String> jarModules = new ArrayList<>(publishedModules());
    jarModules.remove("imr-bom");
    assertThat(jarModules)
        .as("published modules; a new one needs its Automatic-Module-Name in MODULE_NAMES")
        .containsExactlyInAnyOrderElementsOf(MODULE_NAMES.keySet());
  }

  @Test
  void theBomCarriesNothingFromTheParent() throws Exception {
    Document bom = flattenedPom("imr-bom");
    for (String absent :
        List.of(
            "parent",
            "dependencies",
            "properties",
            "build",
            "profiles",
            "repositories",
            "pluginRepositories")) {
      assertThat(count(bom, "/project/" + absent)).as("<%s> in the BOM", absent).isZero();
    }
    // No Jackson or JUnit imports, no test libraries: only OpenIMR's own modules.
    assertThat(count(bom, "//dependency[groupId != 'org.openimr']")).isZero();
    assertThat(count(bom, "//dependency[scope or type]")).isZero();
    assertThat(string(bom, "/project/packaging")).isEqualTo("pom");
  }

  @Test
  void everyPublishedPomIsFlattenedAndCarriesTheMetadataCentralRequires() throws Exception {
    for (String module : publishedModules()) {
      Document pom = flattenedPom(module);
      assertThat(count(pom, "/project/parent")).as("%s: parent", module).isZero();
      assertThat(count(pom, "/project/build")).as("%s: build", module).isZero();
      assertThat(count(pom, "/project/properties")).as("%s: properties", module).isZero();
      assertThat(count(pom, "/project/profiles")).as("%s: profiles", module).isZero();
      assertThat(string(pom, "/project/groupId")).isEqualTo("org.openimr");
      assertThat(string(pom, "/project/artifactId")).isEqualTo(module);
      assertThat(string(pom, "/project/version")).isEqualTo(VERSION);
      assertThat(string(pom, "/project/name")).as("%s: name", module).isNotBlank();
      assertThat(string(pom, "/project/description")).as("%s: description", module).isNotBlank();
      assertThat(string(pom, "/project/url"))
          .as("%s: url, not one with the module appended", module)
          .isEqualTo("https://github.com/openimr/openimr");
      assertThat(string(pom, "/project/licenses/license/name")).isEqualTo("Apache-2.0");
      assertThat(string(pom, "/project/licenses/license/url"))
          .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
      assertThat(string(pom, "/project/developers/developer/name")).isNotBlank();
      assertThat(string(pom, "/project/scm/url")).isEqualTo("https://github.com/openimr/openimr");
      assertThat(string(pom, "/project/scm/connection")).startsWith("scm:git:");
      assertThat(string(pom, "/project/scm/developerConnection")).startsWith("scm:git:");
      // Without a parent, every dependency must say its version; test libraries stay out.
      assertThat(count(pom, "/project/dependencies/dependency[not(version)]"))
          .as("%s: dependencies without a version", module)
          .isZero();
      assertThat(count(pom, "/project/dependencies/dependency[scope = 'test']"))
          .as("%s: test dependencies", module)
          .isZero();
      // Immutables generates code at compile time; a consumer must never get it.
      assertThat(
              count(
                  pom,
                  "/project/dependencies/dependency[groupId = 'org.immutables'"
                      + " and not(scope = 'provided')]"))
          .as("%s: Immutables outside provided scope", module)
          .isZero();
    }
  }

  @Test
  void everyPublishedJarHasAStableModuleNameSourcesJavadocAndAnSbom() throws IOException {
    for (Map.Entry<String, String> module : MODULE_NAMES.entrySet()) {
      Path target = ROOT.resolve(module.getKey()).resolve("target");
      String base = module.getKey() + "-" + VERSION;
      try (JarFile jar = new JarFile(target.resolve(base + ".jar").toFile())) {
        assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as("%s: Automatic-Module-Name", module.getKey())
            .isEqualTo(module.getValue());
      }
      try (JarFile sources = new JarFile(target.resolve(base + "-sources.jar").toFile())) {
        assertThat(sources.stream().anyMatch(e -> e.getName().endsWith(".java")))
            .as("%s: sources jar holds sources", module.getKey())
            .isTrue();
      }
      try (JarFile javadoc = new JarFile(target.resolve(base + "-javadoc.jar").toFile())) {
        assertThat(javadoc.getEntry("index.html"))
            .as("%s: javadoc jar holds the javadoc", module.getKey())
            .isNotNull();
      }
      String sbom = Files.readString(target.resolve(base + "-cyclonedx.json"));
      // Booleans, so a failure names the rule instead of printing the whole SBOM.
      assertThat(sbom.contains("\"bomFormat\" : \"CycloneDX\""))
          .as("%s: the SBOM is CycloneDX", module.getKey())
          .isTrue();
      assertThat(sbom.contains("pkg:maven/org.openimr/" + module.getKey() + "@" + VERSION))
          .as("%s: the SBOM describes this artifact", module.getKey())
          .isTrue();
      assertThat(sbom.contains("pkg:maven/org.immutables/"))
          .as("%s: the SBOM lists Immutables, which consumers never get", module.getKey())
          .isFalse();
    }
  }

  @Test
  void everyOtherModuleIsKeptOutOfMavenCentral() throws Exception {
    Document root = parse(ROOT.resolve("pom.xml"));
    List<String> excluded =
        texts(
            root,
            "/project/profiles/profile[id = 'release']/build/plugins"
                + "/plugin[artifactId = 'central-publishing-maven-plugin']"
                + "/configuration/excludeArtifacts/artifact");
    List<String> unpublished = new ArrayList<>(modules());
    unpublished.removeAll(publishedModules());
    unpublished.add(string(root, "/project/artifactId"));
    assertThat(excluded).containsAll(unpublished).doesNotContainAnyElementsOf(publishedModules());
    assertThat(string(root, "/project/properties/openimr.publish.skip"))
        .as("modules are unpublished unless they opt in")
        .isEqualTo("true");
  }

  @Test
  void theConsumerTestReadsTheSameSeedCaseAsTheExamples() throws IOException {
    assertThat(ROOT.resolve("imr-release-tests/src/it/consumer/src/test/resources/seed-case.json"))
        .hasSameTextualContentAs(
            ROOT.resolve(
                "imr-testkit/src/main/resources/org/openimr/testkit/cases/seed-case.json"));
  }

  /** The modules of the root POM that opt in to publication. */
  private static List<String> publishedModules() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : modules()) {
      Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
      if (string(pom, "/project/properties/openimr.publish.skip").equals("false")) {
        published.add(module);
      }
    }
    return published;
  }

  private static List<String> modules() throws Exception {
    return texts(parse(ROOT.resolve("pom.xml")), "/project/modules/module");
  }

  private static Document flattenedPom(String module)
      throws IOException, SAXException, ParserConfigurationException {
    return parse(ROOT.resolve(module).resolve(".flattened-pom.xml"));
  }

  /** Each dependency the expression selects, as groupId:artifactId:version, sorted. */
  private static List<String> coordinates(Document pom, String dependencies)
      throws XPathExpressionException {
    NodeList nodes = nodes(pom, dependencies);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      result.add(
          string(node, "groupId")
              + ":"
              + string(node, "artifactId")
              + ":"
              + string(node, "version"));
    }
    result.sort(null);
    return result;
  }

  /** The text of each element the expression selects, in document order. */
  private static List<String> texts(Document pom, String expression)
      throws XPathExpressionException {
    NodeList nodes = nodes(pom, expression);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      result.add(nodes.item(i).getTextContent().trim());
    }
    return result;
  }

  private static Document parse(Path file)
      throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    // Namespace-unaware, so the XPath expressions need no prefixes.
    factory.setNamespaceAware(false);
    try (InputStream in = Files.newInputStream(file)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  private static XPath xpath() {
    return XPathFactory.newInstance().newXPath();
  }

  private static NodeList nodes(Object context, String expression) throws XPathExpressionException {
    return (NodeList) xpath().evaluate(expression, context, XPathConstants.NODESET);
  }

  private static int count(Object context, String expression) throws XPathExpressionException {
    return nodes(context, expression).getLength();
  }

  private static String string(Object context, String expression) throws XPathExpressionException {
    return xpath().evaluate(expression, context).trim();
  }
}
