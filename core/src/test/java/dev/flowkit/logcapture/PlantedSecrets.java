package dev.flowkit.logcapture;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recognisable secrets a test plants in what it sends, and the check that none of them surfaces anywhere a person
 * could read it: log events, exception messages, response bodies, {@code toString()}s.
 */
public final class PlantedSecrets {

  private final Map<String, String> secrets = new LinkedHashMap<>();

  /** Names a secret; {@code value} should be unique enough that a hit is no coincidence (8+ characters). */
  public PlantedSecrets plant(String name, String value) {
    if (value.length() < 8) {
      throw new IllegalArgumentException("a planted secret needs 8+ characters to be recognisable: " + name);
    }
    secrets.put(name, value);
    return this;
  }

  /** Fails naming the secret and the place when any planted secret occurs in {@code text}. */
  public void assertAbsentFrom(String where, @Nullable String text) {
    if (text == null) {
      return;
    }
    secrets.forEach((name, value) -> assertThat(text).as("%s must not contain the %s", where, name)
        .doesNotContain(value));
  }

  /** Checks a throwable's {@code toString()}, causes and suppressed ones included. */
  public void assertAbsentFrom(String where, @Nullable Throwable throwable) {
    LogEvent.describe(throwable).forEach(text -> assertAbsentFrom(where, text));
  }

  /** Checks the body of every reply. */
  public void assertAbsentFromBodies(List<HttpResponse<String>> replies) {
    for (HttpResponse<String> reply : replies) {
      assertAbsentFrom("the reply body with status " + reply.statusCode(), reply.body());
    }
  }

  /** Checks every event of the capture. */
  public void assertAbsentFrom(CapturedLogs logs) {
    for (LogEvent event : logs.events()) {
      assertAbsentFrom("the log event " + event.level() + " " + event.logger(), event.text());
    }
  }
}
