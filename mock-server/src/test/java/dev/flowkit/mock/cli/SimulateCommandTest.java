package dev.flowkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.mock.phone.FlowSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flowkit simulate} in process, with scripted standard input, against an endpoint built with core's endpoint
 * library on loopback (real keys, real encryption, real HTTP).
 */
class SimulateCommandTest {

  static final String FLOW = NodeEndpoint.resource("login.json").toString();

  @TempDir
  Path dir;

  LoginEndpoint endpoint;
  Path publicKey;

  @BeforeEach
  void start() throws IOException {
    endpoint = new LoginEndpoint();
    publicKey = endpoint.publicKeyFile(dir);
  }

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private String[] args(String secret, String... more) {
    List<String> args = new ArrayList<>(List.of("simulate", "--flow", FLOW, "--endpoint", endpoint.url().toString(),
        "--public-key", publicKey.toString(), "--app-secret", secret, "--flow-token", "tok-cli", "--data-exchange"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void a_scripted_walk_shows_each_screen_the_field_and_snackbar_errors_and_ends_with_the_completion() {
    String script = String.join("\n",
        "tap footer",
        "fill email ada@example.com",
        "fill password guess",
        "tap footer",
        "fill password " + NodeEndpoint.PASSWORD,
        "tap footer",
        "tap footer",
        "");

    Cli.Result result = Cli.flowkitWithInput(script, args(LoginEndpoint.SECRET));

    assertThat(result.status()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("LOGIN \"Log in\"", "[TextBody] Corner Shop", "[TextInput] Email* = \"\"")
        .contains("you can: fill email TEXT | fill password TEXT | tap footer (Log in) | back | transcript | quit",
            "tap footer (Log in, disabled until the form is complete)")
        .contains("field error: email: ")
        .contains("! Wrong email or password")
        .contains("WELCOME \"Welcome\" (terminal)", "[TextHeading] Ada")
        .contains("flow completed; the reply sent to the business:", "\"user\" : \"Ada\"",
            "\"flow_token\" : \"tok-cli\"")
        .doesNotContain(NodeEndpoint.PASSWORD).doesNotContain("guess");
    assertThat(result.out().indexOf("field error: email")).isLessThan(result.out().indexOf("Wrong email"));
  }

  @Test
  void quitting_before_the_end_exits_with_1_and_the_transcript_command_prints_the_steps() {
    Cli.Result result = Cli.flowkitWithInput("fill email ada@example.com\ntranscript\nquit\n",
        args(LoginEndpoint.SECRET));

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("open (data_exchange: INIT)", "fill email = \"ada@example.com\"",
        "quit: the flow did not complete");
  }

  @Test
  void the_end_of_input_before_completion_exits_with_1() {
    Cli.Result result = Cli.flowkitWithInput("back\n", args(LoginEndpoint.SECRET));

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("flow closed without completing");
  }

  @Test
  void a_wrong_app_secret_shows_the_generic_error_and_the_walk_ends_with_1() {
    Cli.Result result = Cli.flowkitWithInput("", args("not-the-secret"));

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("no screen: " + FlowSession.GENERIC_ERROR).doesNotContain("not-the-secret");
  }

  @Test
  void input_the_screen_does_not_take_and_unknown_commands_are_reported_and_the_walk_goes_on() {
    Cli.Result result = Cli.flowkitWithInput("select email x\ndance\ntap\ndate email 12/03\nquit\n",
        args(LoginEndpoint.SECRET));

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("refused: ", "unknown command 'dance' (type 'help' for the commands)",
        "tap what? 'tap footer' or 'tap link LABEL'", "a date is written YYYY-MM-DD", "quit:");
  }

  @Test
  void a_navigate_opening_shows_the_screen_with_the_given_data_and_sends_nothing_until_a_tap() {
    Cli.Result result = Cli.flowkitWithInput("quit\n", "simulate", "--flow", FLOW, "--endpoint",
        endpoint.url().toString(), "--public-key", publicKey.toString(), "--screen", "LOGIN", "--data",
        "{\"shop\": \"Harbour Shop\"}");

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("[TextBody] Harbour Shop");
  }

  @Test
  void usage_errors_exit_with_2_and_say_what_to_fix() throws IOException {
    Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
    String privatePem = BusinessKeys.toPem(BusinessKeys.generate().getPrivate());
    Path privateKey = Files.writeString(dir.resolve("private.pem"), privatePem);

    assertThat(Cli.flowkit("simulate").status()).isEqualTo(2);
    Cli.Result both = Cli.flowkit(args(LoginEndpoint.SECRET, "--screen", "LOGIN"));
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).contains("--data-exchange opens with INIT: it takes no --screen or --data");
    Cli.Result badKey = Cli.flowkit("simulate", "--flow", FLOW, "--endpoint", endpoint.url().toString(),
        "--public-key", notAKey.toString());
    assertThat(badKey.status()).isEqualTo(2);
    assertThat(badKey.err()).startsWith("simulate: " + notAKey + ": ");
    Cli.Result wrongKind = Cli.flowkit("simulate", "--flow", FLOW, "--endpoint", endpoint.url().toString(),
        "--public-key", privateKey.toString());
    assertThat(wrongKind.status()).isEqualTo(2);
    assertThat(wrongKind.err()).doesNotContain(privatePem.lines().skip(1).findFirst().orElseThrow());
    Cli.Result alone = Cli.flowkit("simulate", "--flow", FLOW, "--endpoint", endpoint.url().toString());
    assertThat(alone.status()).isEqualTo(2);
    assertThat(alone.err()).contains("--endpoint and --public-key go together");
    Cli.Result noFile = Cli.flowkit("simulate", "--flow", dir.resolve("missing.json").toString());
    assertThat(noFile.status()).isEqualTo(2);
    assertThat(noFile.err()).contains("cannot read the flow file");
    Cli.Result badData = Cli.flowkit("simulate", "--flow", FLOW, "--screen", "LOGIN", "--data", "[1]");
    assertThat(badData.status()).isEqualTo(2);
    assertThat(badData.err()).contains("--data must be a JSON object");
  }
}
