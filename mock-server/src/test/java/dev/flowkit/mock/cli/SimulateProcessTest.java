package dev.flowkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flowkit simulate} as a separate process (this module's classpath) with a script piped to its standard
 * input, against the Node endpoint: what a team on another stack runs from its shell.
 */
class SimulateProcessTest {

  static NodeEndpoint node;
  static Path publicKey;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    node = NodeEndpoint.start(dir);
    publicKey = Files.writeString(dir.resolve("public.pem"), node.publicPem());
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  /** The exit status and everything the process printed. */
  record Run(int status, String output) {}

  private static Run simulate(String script) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FlowKitCli.class.getName(), "simulate", "--flow", NodeEndpoint.resource("login.json").toString(),
        "--endpoint", node.url().toString(), "--public-key", publicKey.toString(), "--flow-token", "tok-shell",
        "--data-exchange").redirectErrorStream(true);
    builder.environment().put("FLOWKIT_APP_SECRET", NodeEndpoint.SECRET);
    Process process = builder.start();
    try (OutputStream in = process.getOutputStream()) {
      in.write(script.getBytes(StandardCharsets.UTF_8));
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("flowkit simulate did not end:\n" + output);
    }
    return new Run(process.exitValue(), output);
  }

  @Test
  void a_piped_journey_logs_in_and_completes_with_exit_status_0() throws Exception {
    Run run = simulate("fill email " + NodeEndpoint.EMAIL + "\nfill password wrong\ntap footer\n"
        + "fill password " + NodeEndpoint.PASSWORD + "\ntap footer\ntap footer\n");

    assertThat(run.status()).as(run.output()).isZero();
    assertThat(run.output()).contains("LOGIN \"Log in\"", "! Wrong email or password", "[TextHeading] Ada",
        "flow completed", "\"flow_token\" : \"tok-shell\"", "\"user\" : \"Ada\"")
        .doesNotContain(NodeEndpoint.PASSWORD).doesNotContain(NodeEndpoint.SECRET);
  }

  @Test
  void a_journey_that_never_gets_past_the_wrong_password_exits_with_1() throws Exception {
    Run run = simulate("fill email " + NodeEndpoint.EMAIL + "\nfill password wrong\ntap footer\n");

    assertThat(run.status()).as(run.output()).isEqualTo(1);
    assertThat(run.output()).contains("! Wrong email or password", "input ended: the flow did not complete");
  }
}
