package dev.flowkit.cucumber.cli;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestStepFinished;
import io.cucumber.plugin.event.PickleStepTestStep;
import java.io.PrintWriter;
import org.jspecify.annotations.Nullable;

/** Prints one line per finished scenario, the failure text under a failed one, and the closing count. */
final class TestReport implements ConcurrentEventListener {

  private final PrintWriter out;
  private int passed;
  private int failed;
  private @Nullable String failedStep;

  TestReport(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
    publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
  }

  private synchronized void stepFinished(TestStepFinished event) {
    if (failedStep == null && event.getResult().getStatus() != Status.PASSED
        && event.getTestStep() instanceof PickleStepTestStep) {
      PickleStepTestStep step = (PickleStepTestStep) event.getTestStep();
      failedStep = step.getStep().getKeyword() + step.getStep().getText() + " (line " + step.getStep().getLine()
          + ")";
    }
  }

  private synchronized void scenarioFinished(TestCaseFinished event) {
    Result result = event.getResult();
    String where = event.getTestCase().getUri() + ":" + event.getTestCase().getLocation().getLine();
    if (result.getStatus() == Status.PASSED) {
      passed++;
      out.println("PASSED  " + event.getTestCase().getName() + "  (" + where + ")");
    } else {
      failed++;
      out.println("FAILED  " + event.getTestCase().getName() + "  (" + where + ")");
      if (failedStep != null) {
        out.println("        at: " + failedStep);
      }
      reason(result).strip().lines().forEach(line -> out.println(line.isBlank() ? "" : "        " + line));
    }
    failedStep = null;
    out.flush();
  }

  private static String reason(Result result) {
    Throwable error = result.getError();
    if (error != null) {
      return error.getMessage() == null ? error.getClass().getName() : error.getMessage();
    }
    switch (result.getStatus()) {
      case UNDEFINED:
        return "a step matches no FlowKit step definition";
      case PENDING:
        return "a step is pending";
      default:
        return "status " + result.getStatus();
    }
  }

  synchronized boolean allPassed() {
    return failed == 0 && passed > 0;
  }

  synchronized void printSummary() {
    out.println();
    out.println(passed + " passed, " + failed + " failed");
    if (passed + failed == 0) {
      out.println("no scenario ran: the features hold none, or none on the lines given");
    }
    out.flush();
  }
}
