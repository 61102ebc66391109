package dev.flowkit.junit.assertions;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The failure message an assertion throws, with what varies from run to run (times, latencies) made stable. */
final class Failures {

  private Failures() {}

  static String messageOf(ThrowingCallable assertion) {
    AssertionError error = catchThrowableOfType(AssertionError.class, assertion);
    if (error == null) {
      throw new AssertionError("the assertion passed");
    }
    return stable(error.getMessage());
  }

  static String stable(String message) {
    return message.replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z", "<time>").replaceAll("\\d+ ms", "<n> ms")
        .replaceAll("wamid\\.standalone-reply-[0-9a-f-]+", "<reply>");
  }
}
