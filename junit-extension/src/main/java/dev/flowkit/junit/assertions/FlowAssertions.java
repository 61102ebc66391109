package dev.flowkit.junit.assertions;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointTranscript;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.Transcript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of FlowKit's AssertJ assertions. Import it statically next to AssertJ's {@code Assertions}: its
 * {@code assertThat} overloads take FlowKit's own types only, so the two never clash.
 *
 * <pre>{@code
 * import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
 * import static dev.flowkit.junit.assertions.FlowAssertions.assertThatFlowJson;
 *
 * FlowSession session = whatsapp.phone("447700900123").openLatest();
 * session.fill("email", "ada@example.com").tapFooter();
 * assertThat(session).isOnScreen("CONFIRM").showsText("Welcome, Ada").hasFooterEnabled();
 * assertThat(session).transcript().hasActions("data_exchange").lastExchange().hasStatus(200);
 * assertThat(whatsapp).hasDeliveredCompletionFor(session.messageId());
 * assertThatFlowJson(Path.of("flows/sign_up.json")).isValid().hasNoWarnings();
 * }</pre>
 *
 * <p>Flow JSON given as a {@code String} or a {@code Path} goes through {@link #assertThatFlowJson(String)} and
 * {@link #assertThatFlowJson(Path)}: an {@code assertThat(String)} here would make every {@code assertThat("...")}
 * ambiguous where AssertJ's is imported too.
 */
public final class FlowAssertions {

  private FlowAssertions() {}

  /** Assertions on a flow session: screen, text, fields, Footer, data sent, completion, closing, transcript. */
  public static FlowSessionAssert assertThat(@Nullable FlowSession actual) {
    return new FlowSessionAssert(actual);
  }

  /** Assertions on a flow session's transcript: its endpoint exchanges. */
  public static TranscriptAssert assertThat(@Nullable Transcript actual) {
    return new TranscriptAssert(actual);
  }

  /** Assertions on the mock platform: messages sent to users, webhooks delivered, flows and their states. */
  public static MockWhatsAppAssert assertThat(@Nullable MockWhatsApp actual) {
    return new MockWhatsAppAssert(actual);
  }

  /** Assertions on one endpoint exchange: status, action, screen, response screen, outcome. */
  public static EndpointExchangeAssert assertThat(@Nullable EndpointExchange actual) {
    return new EndpointExchangeAssert(actual);
  }

  /** Assertions on an endpoint channel's transcript: its exchanges. */
  public static EndpointTranscriptAssert assertThat(@Nullable EndpointTranscript actual) {
    return new EndpointTranscriptAssert(actual);
  }

  /**
   * Assertions on a Flow JSON model, validated as its pretty-printed text ({@link FlowJsonMapper#writePretty}),
   * which is what line numbers in failures refer to.
   */
  public static FlowJsonAssert assertThat(@Nullable FlowJson actual) {
    return new FlowJsonAssert(actual == null ? null : FlowJsonMapper.writePretty(actual), "the Flow JSON model");
  }

  /** Assertions on Flow JSON text; line numbers refer to this text. */
  public static FlowJsonAssert assertThatFlowJson(@Nullable String json) {
    return new FlowJsonAssert(json, "the Flow JSON");
  }

  /**
   * Assertions on a Flow JSON file, read as UTF-8; line numbers refer to the file.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static FlowJsonAssert assertThatFlowJson(Path file) {
    try {
      return new FlowJsonAssert(Files.readString(file), "the Flow JSON file " + file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Flow JSON file " + file, e);
    }
  }
}
