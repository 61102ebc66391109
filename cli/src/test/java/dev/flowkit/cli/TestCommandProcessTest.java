package dev.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.cli.FlowKitCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flowkit test} as a separate process (this module's class path, as the shaded jar holds it) against the
 * Node endpoint: what a team whose endpoint is not Java runs from its shell or CI.
 */
class TestCommandProcessTest {

  static NodeLoginEndpoint node;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    node = new NodeLoginEndpoint(dir);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  /** The exit status and everything the process printed. */
  record Run(int status, String output) {}

  private static Run flowkitTest(String... args) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
        FlowKitCli.class.getName(), "test"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("FLOWKIT_APP_SECRET", NodeLoginEndpoint.SECRET);
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("flowkit test did not end:\n" + output);
    }
    return new Run(process.exitValue(), output);
  }

  private static Run against(String features, String... more) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of(features, "--flow", NodeLoginEndpoint.flow().toString(),
        "--endpoint", node.url().toString(), "--public-key", node.publicKey.toString()));
    args.addAll(List.of(more));
    return flowkitTest(args.toArray(String[]::new));
  }

  @Test
  void journeys_the_endpoint_takes_pass_with_exit_status_0() throws Exception {
    Run run = against("../examples/node-endpoint/features");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("PASSED  A user with the right password logs in",
        "PASSED  A wrong password is refused by the endpoint", "2 passed, 0 failed")
        .doesNotContain("FAILED").doesNotContain(NodeLoginEndpoint.SECRET);
  }

  @Test
  void a_journey_the_endpoint_refuses_fails_with_its_reason_and_exit_status_1() throws Exception {
    Run run = against("src/test/resources/features/fail/login.feature");

    assertThat(run.status()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("FAILED  A wrong password is expected to let the user in",
        "at: Then the user sees WELCOME", "WELCOME", "LOGIN",
        "PASSED  The right password still logs in", "1 passed, 1 failed")
        .doesNotContain(NodeLoginEndpoint.SECRET);
  }

  @Test
  void the_flow_token_option_is_the_token_the_endpoint_completes_with() throws Exception {
    Run run = against("src/test/resources/features/token", "--flow-token", "tok-cli");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("PASSED  The completion carries the flow token", "1 passed, 0 failed");
  }

  @Test
  void a_missing_feature_file_is_a_usage_error_with_exit_status_2() throws Exception {
    Run run = against("src/test/resources/features/no_such.feature");

    assertThat(run.status()).as(run.output()).isEqualTo(2);
    assertThat(run.output()).contains("no feature file or folder src/test/resources/features/no_such.feature")
        .doesNotContain("PASSED");
  }
}
