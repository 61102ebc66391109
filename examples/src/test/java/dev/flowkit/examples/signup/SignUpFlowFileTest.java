package dev.flowkit.examples.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.json.FlowJsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code examples/flows/sign_up.json} is the flow as a file (to upload by hand, to give the CLI, to read): it must
 * be exactly what {@link SignUpFlow}'s builder writes, so the file cannot drift from the code the app uploads.
 */
class SignUpFlowFileTest {

  /** Relative to the module folder, where the build runs the tests. */
  static final Path FILE = Path.of("flows", "sign_up.json");

  /** Set to {@code true} to write the file from the builder before comparing. */
  static final String REWRITE = "flowkit.examples.rewrite-flows";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void the_flow_file_is_what_the_builder_writes() throws IOException {
    String built = FlowJsonMapper.writePretty(SignUpFlow.flowJson());
    if (Boolean.getBoolean(REWRITE)) {
      Files.writeString(FILE, built + "\n");
    }

    JsonNode file = JSON.readTree(Files.readString(FILE));

    assertThat(file)
        .withFailMessage("examples/%s is not what SignUpFlow.flowJson() writes. If the builder is right, regenerate "
            + "the file from the repository root with%n  ./mvnw -q -B -ntp -pl examples -am verify "
            + "-Dtest=SignUpFlowFileTest -Dsurefire.failIfNoSpecifiedTests=false -D%s=true%nand commit it with the "
            + "change to SignUpFlow.", FILE, REWRITE)
        .isEqualTo(JSON.readTree(built));
  }
}
