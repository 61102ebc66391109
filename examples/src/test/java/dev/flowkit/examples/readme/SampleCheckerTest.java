package dev.flowkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README sample checker on small inputs. */
class SampleCheckerTest {

  private static final List<String> SAMPLE = List.of(
      "package p;",
      "",
      "import a.B;",
      "import a.C;",
      "",
      "class Sample {",
      "  void run() {",
      "    B b = new B();   ",
      "    b.go(C.FAST);",
      "  }",
      "}");

  private final SampleChecker checker = new SampleChecker(Map.of("Sample.java", SAMPLE));

  @Test
  void a_block_whose_chunks_are_in_the_sample_in_order_matches_whatever_the_indentation() {
    String readme = """
        Intro.

        ```java
        import a.B;
        import a.C;

        B b = new B();
        b.go(C.FAST);
        ```
        """;

    List<SampleChecker.Block> blocks = SampleChecker.blocks("README.md", readme, "java");

    assertThat(blocks).singleElement().satisfies(block -> {
      assertThat(block.line()).isEqualTo(4);
      assertThat(SampleChecker.chunks(block)).extracting(SampleChecker.Chunk::line).containsExactly(4, 7);
      assertThat(checker.check(block)).isEmpty();
    });
  }

  @Test
  void a_block_with_a_line_not_in_any_sample_names_the_readme_line_and_the_closest_sample_line() {
    String readme = """
        ```java
        import a.B;

        B b = new B();
        b.go(C.SLOW);
        ```
        """;

    SampleChecker.Block block = SampleChecker.blocks("core/README.md", readme, "java").get(0);

    assertThat(checker.check(block)).hasValue("core/README.md:4: chunk not found in any sample: \"B b = new B();\" "
        + "(the chunks before it are in Sample.java); the first line that differs is 5: \"b.go(C.SLOW);\"; "
        + "closest sample line: Sample.java:9: \"b.go(C.FAST);\"");
  }

  @Test
  void a_chunk_whose_first_line_is_nowhere_names_the_most_similar_sample_line() {
    String readme = """
        ```java
        B b = new B(42);
        ```
        """;

    SampleChecker.Block block = SampleChecker.blocks("README.md", readme, "java").get(0);

    assertThat(checker.check(block)).hasValue("README.md:2: chunk not found in any sample: \"B b = new B(42);\"; "
        + "closest sample line: Sample.java:8: \"B b = new B();\"");
  }

  @Test
  void a_block_whose_chunks_are_in_the_sample_out_of_order_does_not_match() {
    String readme = """
        ```java
        b.go(C.FAST);

        import a.B;
        ```
        """;

    SampleChecker.Block block = SampleChecker.blocks("README.md", readme, "java").get(0);

    assertThat(checker.check(block)).hasValueSatisfying(miss -> assertThat(miss)
        .startsWith("README.md:4: chunk not found in any sample: \"import a.B;\"")
        .contains("it is in Sample.java, but not after the chunk before it"));
  }

  @Test
  void only_blocks_of_the_language_asked_for_are_read() {
    String readme = """
        ```sh
        ./mvnw verify
        ```
        ```gherkin
        Then the user sees LOGIN
        ```
        """;

    assertThat(SampleChecker.blocks("README.md", readme, "java")).isEmpty();
    assertThat(SampleChecker.blocks("README.md", readme, "gherkin")).singleElement()
        .satisfies(block -> assertThat(block.lines()).containsExactly("Then the user sees LOGIN"));
  }

  @Test
  void a_chunk_is_compared_line_by_line_so_a_partial_line_does_not_match() {
    String readme = """
        ```java
        B b = new B();
        b.go(C.
        ```
        """;

    assertThat(checker.check(SampleChecker.blocks("README.md", readme, "java").get(0))).isPresent();
  }
}
