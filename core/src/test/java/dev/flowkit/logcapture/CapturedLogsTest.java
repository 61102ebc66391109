package dev.flowkit.logcapture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

class CapturedLogsTest {

  private static final Logger LOG = LoggerFactory.getLogger(CapturedLogsTest.class);

  @Test
  void slf4j_binds_to_the_recording_provider() {
    assertThat(LoggerFactory.getLogger("any")).isInstanceOf(RecordingLogger.class);
  }

  @Test
  void an_event_is_recorded_with_level_formatted_message_and_every_cause_message() {
    IOException root = new IOException("root cause text");
    UncheckedIOException wrapper = new UncheckedIOException("outer text", root);
    wrapper.addSuppressed(new IllegalStateException("suppressed text"));

    try (CapturedLogs logs = CapturedLogs.capture()) {
      LOG.warn("refused {} of {}", "one", 2, wrapper);

      assertThat(logs.events()).singleElement().satisfies(event -> {
        assertThat(event.level()).isEqualTo(Level.WARN);
        assertThat(event.logger()).isEqualTo(CapturedLogsTest.class.getName());
        assertThat(event.message()).isEqualTo("refused one of 2");
        assertThat(event.throwables()).containsExactly("java.io.UncheckedIOException: outer text",
            "java.lang.IllegalStateException: suppressed text", "java.io.IOException: root cause text");
      });
    }
  }

  @Test
  void a_capture_sees_only_what_was_logged_while_it_was_open_and_can_be_cleared() {
    LOG.info("before");
    try (CapturedLogs logs = CapturedLogs.capture()) {
      LOG.debug("during");
      assertThat(logs.text()).contains("during").doesNotContain("before");
      logs.clear();
      assertThat(logs.events()).isEmpty();
      LOG.trace("traced");
      assertThat(logs.text()).isEqualTo("TRACE " + CapturedLogsTest.class.getName() + " traced");
    }
  }

  @Test
  void planted_secrets_are_found_in_log_text_and_exception_causes() {
    PlantedSecrets secrets = new PlantedSecrets().plant("app secret", "planted-app-secret-1");
    try (CapturedLogs logs = CapturedLogs.capture()) {
      LOG.error("failed", new IllegalStateException("outer", new RuntimeException("planted-app-secret-1")));

      assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> secrets.assertAbsentFrom(logs))
          .withMessageContaining("must not contain the app secret");
    }
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> secrets.assertAbsentFrom("a reply", "xx planted-app-secret-1 xx"));
  }
}
