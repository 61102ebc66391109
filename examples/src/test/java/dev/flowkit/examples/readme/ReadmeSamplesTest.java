package dev.flowkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code java} block of the root README and the module READMEs is a copy of compiled sample code in this
 * package, and every {@code gherkin} block a copy of a feature file that runs; see {@link SampleChecker} for what
 * "a copy" means. Surefire runs this from {@code examples/}, so the repository root is {@code ..}.
 */
class ReadmeSamplesTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void every_java_block_in_the_readmes_is_compiled_sample_code() throws IOException {
    SampleChecker samples = new SampleChecker(SampleChecker.read(ROOT,
        ROOT.resolve("examples/src/test/java/dev/flowkit/examples/readme"), ".java"));

    List<SampleChecker.Block> blocks = blocks("java");

    assertThat(blocks).as("java blocks in the READMEs").hasSizeGreaterThan(10);
    assertThat(misses(samples, blocks)).isEmpty();
  }

  @Test
  void every_gherkin_block_in_the_readmes_is_in_a_feature_that_runs() throws IOException {
    Map<String, List<String>> features = new LinkedHashMap<>();
    for (String folder : List.of("examples/src/test/resources", "cucumber-steps/src/test/resources",
        "cli/src/test/resources", "examples/node-endpoint")) {
      features.putAll(SampleChecker.read(ROOT, ROOT.resolve(folder), ".feature"));
    }

    List<SampleChecker.Block> blocks = blocks("gherkin");

    assertThat(blocks).as("gherkin blocks in the READMEs").isNotEmpty();
    assertThat(misses(new SampleChecker(features), blocks)).isEmpty();
  }

  @Test
  void the_readmes_read_are_the_root_one_and_one_per_module() throws IOException {
    assertThat(readmes()).contains(ROOT.resolve("README.md"), ROOT.resolve("examples/node-endpoint/README.md"),
        ROOT.resolve("core/README.md"),
        ROOT.resolve("mock-server/README.md"), ROOT.resolve("junit-extension/README.md"),
        ROOT.resolve("cucumber-steps/README.md"), ROOT.resolve("cli/README.md"), ROOT.resolve("benchmarks/README.md"));
  }

  @Test
  void every_relative_link_in_the_readmes_points_at_a_file_or_folder_that_exists() throws IOException {
    Pattern link = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)]*)?\\)");
    List<String> broken = new ArrayList<>();
    for (Path readme : readmes()) {
      Matcher found = link.matcher(Files.readString(readme, StandardCharsets.UTF_8));
      while (found.find()) {
        String target = found.group(1);
        if (!target.contains("://") && !Files.exists(readme.getParent().resolve(target))) {
          broken.add(ROOT.relativize(readme) + ": " + target);
        }
      }
    }

    assertThat(broken).isEmpty();
  }

  private static List<SampleChecker.Block> blocks(String language) throws IOException {
    List<SampleChecker.Block> blocks = new ArrayList<>();
    for (Path readme : readmes()) {
      blocks.addAll(SampleChecker.blocks(ROOT.relativize(readme).toString(),
          Files.readString(readme, StandardCharsets.UTF_8), language));
    }
    return blocks;
  }

  private static List<String> misses(SampleChecker checker, List<SampleChecker.Block> blocks) {
    return blocks.stream().map(checker::check).flatMap(Optional::stream).toList();
  }

  /** The root README, then the README.md of every folder two levels down at most (modules, example folders). */
  private static List<Path> readmes() throws IOException {
    List<Path> readmes = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> files = Files.walk(ROOT, 3)) {
      files.filter(file -> file.getFileName().toString().equals("README.md") && !file.getParent().equals(ROOT))
          .filter(file -> ROOT.relativize(file).getName(0).toString().charAt(0) != '.')
          .filter(file -> !ROOT.relativize(file).toString().contains("target"))
          .sorted().forEach(readmes::add);
    }
    return readmes;
  }

  @Test
  void the_readme_samples_login_flow_is_the_node_example_s() throws IOException {
    assertThat(Files.readString(Path.of("src/test/resources/readme/login.json")))
        .as("examples/src/test/resources/readme/login.json is a copy of examples/node-endpoint/login.json")
        .isEqualTo(Files.readString(ROOT.resolve("examples/node-endpoint/login.json")));
  }
}
