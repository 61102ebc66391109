package dev.flowkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs the module's feature files through the Cucumber engine against {@link SignUpEndpoint}: the journeys under
 * {@code features/pass} must pass; each file under {@code features/fail} must fail, with a message that shows
 * what the user saw and the transcript tail.
 */
class FlowStepsFeatureTest {

  private static SignUpEndpoint endpoint;

  @BeforeAll
  static void startTheEndpoint() {
    endpoint = new SignUpEndpoint();
    System.setProperty(FlowKitSettings.ENDPOINT_URL, endpoint.url().toString());
    System.setProperty(FlowKitSettings.PUBLIC_KEY, endpoint.publicKeyPem());
    System.setProperty(FlowKitSettings.APP_SECRET, SignUpEndpoint.APP_SECRET);
  }

  @AfterAll
  static void stopTheEndpoint() {
    System.clearProperty(FlowKitSettings.ENDPOINT_URL);
    System.clearProperty(FlowKitSettings.PUBLIC_KEY);
    System.clearProperty(FlowKitSettings.APP_SECRET);
    endpoint.close();
  }

  static Events run(String feature) {
    return EngineTestKit.engine("cucumber")
        .configurationParameter("cucumber.glue", "dev.flowkit.cucumber")
        .configurationParameter("cucumber.publish.quiet", "true")
        .selectors(selectClasspathResource(feature))
        .execute()
        .testEvents();
  }

  static String failureOf(String feature) {
    Events events = run(feature);
    events.assertStatistics(stats -> stats.started(1).failed(1));
    List<String> messages = events.failed().stream()
        .map(event -> event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow())
        .map(Throwable::getMessage).collect(Collectors.toList());
    return messages.get(0);
  }

  @Test
  void every_journey_in_the_passing_features_passes() {
    Events events = run("features/pass/sign_up.feature");
    events.failed().stream().forEach(event -> System.err.println(
        event.getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow().getMessage()));
    events.assertStatistics(stats -> stats.started(5).succeeded(5));
  }

  @Test
  void expecting_the_wrong_screen_fails_showing_the_screen_and_the_transcript_tail() {
    assertThat(failureOf("features/fail/wrong_screen.feature"))
        .startsWith("Expected the user to see LOGIN but they see SIGN_UP")
        .contains("The user sees (SIGN_UP):", "Create your account", "Email",
            "Last steps of the transcript (1 of 1):", "1. open");
  }

  @Test
  void expecting_text_that_is_not_on_the_screen_fails() {
    assertThat(failureOf("features/fail/missing_text.feature"))
        .startsWith("Expected the user to see the text \"Welcome back\" but it is not on the screen")
        .contains("The user sees (SIGN_UP):");
  }

  @Test
  void expecting_a_field_error_that_is_not_shown_fails() {
    assertThat(failureOf("features/fail/no_field_error.feature"))
        .startsWith("Expected the field error \"Required\" on email but it shows none")
        .contains("fill email");
  }

  @Test
  void expecting_a_snackbar_error_that_is_not_shown_fails() {
    assertThat(failureOf("features/fail/no_snackbar.feature"))
        .startsWith("Expected the user to see the error \"Wrong email or password\" but no error is shown");
  }

  @Test
  void input_the_phone_refuses_fails_naming_the_step() {
    assertThat(failureOf("features/fail/refused_input.feature"))
        .startsWith("the user could not select gold in plan: ")
        .contains("The user sees (SIGN_UP):", "Last steps of the transcript");
  }

  @Test
  void expecting_a_completion_that_did_not_happen_fails() {
    assertThat(failureOf("features/fail/not_completed.feature"))
        .startsWith("Expected the flow to complete but it is still open");
  }

  @Test
  void a_data_exchange_with_other_data_fails_without_showing_the_sensitive_password() {
    String message = failureOf("features/fail/data_exchange_mismatch.feature");
    assertThat(message)
        .startsWith("The data_exchange from SIGN_UP does not hold what was expected:\n"
            + "  email: expected \"ada@example.com\" but it is \"grace@example.com\"\n"
            + "  password: differs (a sensitive field: values not shown)")
        .doesNotContain("hopper1");
  }

  @Test
  void expecting_a_data_exchange_that_was_not_sent_fails() {
    assertThat(failureOf("features/fail/no_data_exchange.feature"))
        .startsWith("Expected the endpoint to have received a data_exchange from LOGIN but it received none");
  }

  @Test
  void a_token_the_endpoint_refuses_closes_the_flow_with_its_message() {
    System.setProperty(FlowKitSettings.FLOW_TOKEN, SignUpEndpoint.EXPIRED_TOKEN);
    try {
      run("features/closed/expired_token.feature").assertStatistics(stats -> stats.started(1).succeeded(1));
    } finally {
      System.clearProperty(FlowKitSettings.FLOW_TOKEN);
    }
  }

  @Test
  void expecting_a_closed_flow_that_is_still_open_fails() {
    assertThat(failureOf("features/fail/not_closed.feature"))
        .startsWith("Expected the flow to be closed with the error \"This sign-up link has expired\" but it is "
            + "still open")
        .contains("The user sees (SIGN_UP):");
  }

  @Test
  void a_flow_closed_with_another_message_fails_naming_it() {
    System.setProperty(FlowKitSettings.FLOW_TOKEN, SignUpEndpoint.EXPIRED_TOKEN);
    try {
      assertThat(failureOf("features/fail/closed_otherwise.feature"))
          .startsWith("Expected the flow to be closed with the error \"Your session timed out\" but it was closed "
              + "with \"This sign-up link has expired\"")
          .doesNotContain("hopper1");
    } finally {
      System.clearProperty(FlowKitSettings.FLOW_TOKEN);
    }
  }

  @Test
  void a_completion_with_another_payload_fails() {
    assertThat(failureOf("features/fail/completion_mismatch.feature"))
        .startsWith("The flow completed, but its payload does not hold what was expected:\n"
            + "  account: expected \"ada@example.com\" but it is \"grace@example.com\"");
  }
}
