package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Asserts that nothing secret appears anywhere in an exception: message, toString or the whole cause chain. */
final class LeakCheck {

  private LeakCheck() {}

  static void assertNoLeak(Throwable thrown, String... secrets) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    for (String secret : secrets) {
      if (secret.length() >= 4) {
        assertThat(trace.toString()).as("stack trace of " + thrown.getClass().getSimpleName()).doesNotContain(secret);
      }
    }
  }
}
