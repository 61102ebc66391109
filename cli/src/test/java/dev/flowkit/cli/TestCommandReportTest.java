package dev.flowkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.mock.cli.FlowKitCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code flowkit test} report through {@link FlowKitCli#run}, in this JVM, against a login endpoint built with
 * FlowKit's endpoint library (real encryption and signatures on loopback) that answers the Node endpoint's
 * login flow the same way.
 */
class TestCommandReportTest {

  private static final String SECRET = "report-test-app-secret";
  private static final Path FEATURES = Path.of("src/test/resources/features");

  static HttpServer server;
  static Path publicKey;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    KeyPair keys = BusinessKeys.generate();
    publicKey = Files.writeString(dir.resolve("public.pem"), BusinessKeys.toPem(keys.getPublic()));
    Map<String, String> shop = Map.of("shop", "Corner Shop");
    FlowEndpoint endpoint = FlowEndpoint.builder()
        .privateKey(keys.getPrivate())
        .appSecret(AppSecret.of(SECRET))
        .handler(FlowRouter.builder()
            .init(request -> FlowResponse.next("LOGIN", shop))
            .dataExchange("LOGIN", request -> request.dataString("password").orElse("").equals("open-sesame")
                ? FlowResponse.next("WELCOME", Map.of("name", "Ada"))
                : FlowResponse.stay("LOGIN", "Wrong email or password", shop))
            .build())
        .build();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.start();
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  /** The exit status, standard output and standard error of one command line. */
  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = FlowKitCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(status, out.toString(), err.toString());
  }

  private static Run test(String features, String publicKeyFile) {
    return run("test", features, "--flow", "../examples/node-endpoint/login.json",
        "--endpoint", "http://127.0.0.1:" + server.getAddress().getPort() + "/flow", "--public-key",
        publicKeyFile, "--app-secret", SECRET);
  }

  @Test
  void the_report_lists_each_scenario_with_the_failure_text_and_a_closing_count() {
    Run run = test(FEATURES.resolve("fail").toString(), publicKey.toString());

    assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains(
        "FAILED  A wrong password is expected to let the user in  (file:",
        "fail/login.feature:3)",
        "        at: Then the user sees WELCOME (line 10)",
        "PASSED  The right password still logs in  (file:",
        "1 passed, 1 failed")
        .doesNotContain(SECRET);
    assertThat(run.err()).doesNotContain(SECRET);
  }

  @Test
  void every_scenario_passing_exits_with_0() {
    Run run = test(FEATURES.resolve("fail/login.feature").toString() + ":12", publicKey.toString());

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASSED  The right password still logs in", "1 passed, 0 failed")
        .doesNotContain("FAILED");
  }

  @Test
  void a_file_that_holds_no_public_key_is_a_usage_error(@TempDir Path dir) throws IOException {
    Path notAKey = Files.writeString(dir.resolve("key.pem"), "not a key");

    Run run = test(NodeLoginEndpoint.FOLDER.resolve("features").toString(), notAKey.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--public-key " + notAKey + " holds no usable RSA public key");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void the_top_level_help_lists_the_test_command() {
    Run run = run("--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("test", "Run feature files with FlowKit's steps");
  }
}
