package dev.flowkit.junit.assertions;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThatFlowJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.flowkit.mock.phone.FlowSession;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * The assertions as a user's tests meet them: fixture test classes (the nested {@code ...TestCase} classes, which
 * Surefire skips as inner classes and this class does not run as {@code @Nested}) are executed through JUnit's
 * {@link EngineTestKit}; a passing one passes, and a failing one fails with the readable message pinned here.
 */
class AssertionFixturesTest {

  private static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents();
  }

  private static String failureOf(Events events) {
    List<Event> failed = events.failed().list();
    assertThat(failed).hasSize(1);
    Throwable thrown = failed.get(0).getPayload(TestExecutionResult.class).orElseThrow().getThrowable().orElseThrow();
    assertThat(thrown).isInstanceOf(AssertionError.class);
    return Failures.stable(thrown.getMessage());
  }

  @Test
  void a_test_whose_assertions_hold_passes() {
    run(CompletedOrderTestCase.class).assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
  }

  @Test
  void a_test_on_the_wrong_screen_fails_naming_the_screen_the_closest_one_and_the_steps() {
    Events events = run(WrongScreenTestCase.class);

    events.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(failureOf(events)).startsWith("""
        Expected the session on screen CONFIRMD but it is on DETAILS; the closest screen in the flow \
        is CONFIRMED
        --- transcript, last 5 of 7 step(s) ---
        """).contains("6. BACK -> back on DETAILS\n", "7. fill pin = *** -> updated\n").doesNotContain("2468", "1357");
  }

  @Test
  void soft_assertions_collect_every_failure_of_a_proxied_session_assert() {
    Events events = run(SoftlyTestCase.class);

    events.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(failureOf(events)).contains("Multiple Failures (2 failures)",
        "No field emial on screen DETAILS; fields: name, email, pin; the closest field is email",
        "Expected the Footer \"Continue\" on screen DETAILS to be enabled but it is disabled");
  }

  @Test
  void an_invalid_flow_fails_the_test_with_every_error_and_its_line() {
    Events events = run(InvalidFlowTestCase.class);

    events.assertStatistics(stats -> stats.started(1).failed(1));
    assertThat(failureOf(events)).isEqualTo("""
        Expected the Flow JSON to be valid but it has 2 error(s):
          - INVALID_PROPERTY_VALUE at line 5, column 34: Invalid value found for property 'name'. Expected 'complete'.
          - INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME at line 5, column 81: Unknown screen ids found: [NOWHERE].""");
  }

  static class CompletedOrderTestCase {
    @Test
    void the_user_orders() {
      FlowSession session = Shop.shared().open().fill("name", "Ada").fill("email", "ada@example.com")
          .fill("pin", "2468").tapFooter();
      assertThat(session).isOnScreen("CONFIRMED").showsText("Welcome, Ada").hasFooterEnabled();
      session.tapFooter();
      assertThat(session).isCompletedWith("order", "A-1").transcript().hasActions("data_exchange");
    }
  }

  static class WrongScreenTestCase {
    @Test
    void the_test_expects_a_misspelt_screen() {
      FlowSession session = Shop.shared().open().fill("name", "Ada").fill("email", "ada@example.com")
          .fill("pin", "2468").tapFooter().back().fill("pin", "1357");
      assertThat(session).isOnScreen("CONFIRMD");
    }
  }

  static class SoftlyTestCase {
    @Test
    void two_soft_failures() {
      FlowSession session = Shop.shared().open();
      SoftAssertions.assertSoftly(softly -> {
        softly.proxy(FlowSessionAssert.class, FlowSession.class, session).hasFieldError("emial");
        softly.proxy(FlowSessionAssert.class, FlowSession.class, session).hasFooterEnabled();
      });
    }
  }

  static class InvalidFlowTestCase {
    @Test
    void the_flow_is_checked() {
      assertThatFlowJson(FlowJsonAssertTest.BROKEN).isValid();
    }
  }
}
