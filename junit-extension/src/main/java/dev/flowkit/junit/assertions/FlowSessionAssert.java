package dev.flowkit.junit.assertions;

import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointOutcome;
import dev.flowkit.mock.phone.EndpointRequest;
import dev.flowkit.mock.phone.FieldError;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.FlowSessionException;
import dev.flowkit.mock.phone.RenderedComponent;
import dev.flowkit.mock.phone.RenderedOption;
import dev.flowkit.mock.phone.RenderedScreen;
import dev.flowkit.mock.phone.Transcript;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Assertions on a {@link FlowSession}: the screen the user is on, what it shows, its fields and Footer, the data
 * the last {@code data_exchange} sent, and how the flow ended. Get one from
 * {@link FlowAssertions#assertThat(FlowSession)}; each method returns this assert, for chaining.
 *
 * <p>A failure says what was expected and what was found, names the nearest miss (the closest screen, field or
 * text) and ends with the last {@value Report#TAIL_STEPS} steps of the session's transcript. Values of
 * {@code sensitive} fields and password inputs are masked, in what was found and in what was expected.
 */
public class FlowSessionAssert extends AbstractAssert<FlowSessionAssert, FlowSession> {

  /**
   * An assert on this session; for soft assertions and custom entry points.
   *
   * @param actual the session, may be null (every assertion then fails)
   */
  public FlowSessionAssert(@Nullable FlowSession actual) {
    super(actual, FlowSessionAssert.class);
  }

  // ------------------------------------------------------------------------------------------ the screen

  /** Verifies that the session shows the screen with this id. */
  public FlowSessionAssert isOnScreen(String screenId) {
    Objects.requireNonNull(screenId, "screenId");
    String current = current().id();
    if (!current.equals(screenId)) {
      throw failureWithActualExpected(current, screenId, "%s", "Expected the session on screen " + screenId
          + " but it is on " + current + Report.closest("screen in the flow", screenId,
          flowScreens()) + tail());
    }
    return this;
  }

  /**
   * Verifies that some text on the screen contains this text: the title, a component's text or label, a helper
   * text, a description, an option, an error, the snackbar, or a value that is not masked.
   */
  public FlowSessionAssert showsText(String text) {
    Objects.requireNonNull(text, "text");
    RenderedScreen screen = current();
    List<String> texts = texts(screen);
    if (texts.stream().noneMatch(shown -> shown.contains(text))) {
      String near = Nearest.to(text, texts).map(n -> "; nearest: \"" + n + "\"").orElse("");
      throw failure("%s", "No text \"" + text + "\" on screen " + screen.id() + near + "\nThe screen shows:\n"
          + screen.plainText().stripTrailing() + tail());
    }
    return this;
  }

  /**
   * Verifies that the screen shows the endpoint's {@code error_message} (a snackbar) with this text.
   */
  public FlowSessionAssert showsSnackbarError(String message) {
    Objects.requireNonNull(message, "message");
    RenderedScreen screen = current();
    Optional<String> shown = screen.errorMessage();
    if (!shown.filter(message::equals).isPresent()) {
      throw failureWithActualExpected(shown.orElse(null), message, "%s", "Expected screen " + screen.id()
          + " to show the snackbar error \"" + message + "\" but it shows "
          + shown.map(s -> "\"" + s + "\"").orElse("none") + tail());
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------ fields

  /** Verifies that the field shows an error, or that the last Footer tap was blocked because of it. */
  public FlowSessionAssert hasFieldError(String field) {
    RenderedComponent component = field(field);
    List<String> errors = errors(component);
    if (errors.isEmpty()) {
      throw failure("%s", "Expected field " + field + " on screen " + current().id()
          + " to have an error but it has none" + fieldErrorsNow() + tail());
    }
    return this;
  }

  /** Verifies that the field shows this error, or that the last Footer tap was blocked with it for the field. */
  public FlowSessionAssert hasFieldError(String field, String message) {
    Objects.requireNonNull(message, "message");
    RenderedComponent component = field(field);
    List<String> errors = errors(component);
    if (!errors.contains(message)) {
      throw failureWithActualExpected(errors.isEmpty() ? null : String.join("\n", errors), message, "%s",
          "Expected field " + field + " on screen " + current().id() + " to have the error \"" + message
          + "\" but it has " + (errors.isEmpty() ? "none" : Report.quoted(errors)) + tail());
    }
    return this;
  }

  /**
   * Verifies the field's current value: a String, Number, Boolean, List or Map compared as the JSON the form holds
   * (numbers by value). A masked field's values appear in the failure as {@value Report#MASK}.
   */
  public FlowSessionAssert hasFieldValue(String field, @Nullable Object value) {
    RenderedComponent component = field(field);
    JsonNode expected = JsonSubset.toJson(value);
    Optional<JsonNode> shown = component.value();
    if (shown.isPresent() && JsonSubset.same(shown.get(), expected) || shown.isEmpty() && expected.isNull()) {
      return this;
    }
    if (masked(component)) {
      throw failure("%s", "Expected field " + field + " on screen " + current().id() + " to have the value "
          + Report.MASK + " but it has " + (shown.isEmpty() ? "none" : "another value, " + Report.MASK)
          + " (a sensitive field: values are masked)" + tail());
    }
    String actualText = shown.map(JsonNode::toString).orElse("none");
    throw failureWithActualExpected(actualText, expected.toString(), "%s", "Expected field " + field
        + " on screen " + current().id() + " to have the value " + expected + " but it has " + actualText + tail());
  }

  /** Verifies that the screen has a Footer the user can tap. */
  public FlowSessionAssert hasFooterEnabled() {
    return footer(true);
  }

  /** Verifies that the screen has a Footer the user cannot tap (missing or invalid input, or a disabled one). */
  public FlowSessionAssert hasFooterDisabled() {
    return footer(false);
  }

  private FlowSessionAssert footer(boolean enabled) {
    RenderedScreen screen = current();
    Optional<RenderedComponent> footer = screen.footer();
    if (footer.isEmpty()) {
      throw failure("%s", "Expected screen " + screen.id() + " to have " + (enabled ? "an enabled" : "a disabled")
          + " Footer but it has no Footer" + tail());
    }
    if (footer.get().enabled() != enabled) {
      throw failure("%s", "Expected the Footer \"" + footer.get().text() + "\" on screen " + screen.id() + " to be "
          + (enabled ? "enabled" : "disabled") + " but it is " + (enabled ? "disabled" : "enabled")
          + (enabled ? fieldErrorsNow() : "") + tail());
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------ the endpoint

  /** Verifies that the data the last {@code data_exchange} request sent has this key with this value. */
  public FlowSessionAssert sentDataContains(String key, @Nullable Object value) {
    Objects.requireNonNull(key, "key");
    return sent(JsonSubset.toJson(Collections.singletonMap(key, value)));
  }

  /** Verifies that the data the last {@code data_exchange} request sent holds every entry of this map. */
  public FlowSessionAssert sentDataContains(Map<String, ?> subset) {
    return sent(JsonSubset.toJson(Objects.requireNonNull(subset, "subset")));
  }

  private FlowSessionAssert sent(JsonNode expected) {
    isNotNull();
    Optional<EndpointExchange> last = actual.transcript().exchanges().stream()
        .filter(e -> e.request().kind() == EndpointRequest.Kind.DATA_EXCHANGE).reduce((first, second) -> second);
    if (last.isEmpty()) {
      throw failure("%s", "Expected a data_exchange request with " + Report.masked(expected, maskedKeys())
          + " but the session sent none" + tail());
    }
    JsonNode data = last.get().request().data();
    Optional<String> mismatch = JsonSubset.mismatch(data, expected, last.get().maskedFields());
    if (mismatch.isPresent()) {
      throw failure("%s", "Expected the last data_exchange (from " + last.get().request().screen().orElse("?")
          + ") to send " + Report.masked(expected, last.get().maskedFields()) + " but " + mismatch.get()
          + "; it sent " + Report.masked(data, last.get().maskedFields()) + tail());
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------ the end

  /** Verifies that the flow completed: a {@code complete} action, or the endpoint's {@code SUCCESS}. */
  public FlowSessionAssert isCompleted() {
    isNotNull();
    if (!actual.isCompleted()) {
      throw failure("%s", "Expected the flow to be completed but " + state() + tail());
    }
    return this;
  }

  /** Verifies that the flow completed and its {@code response_json} has this key with this value. */
  public FlowSessionAssert isCompletedWith(String key, @Nullable Object value) {
    Objects.requireNonNull(key, "key");
    return completedWith(JsonSubset.toJson(Collections.singletonMap(key, value)));
  }

  /** Verifies that the flow completed and its {@code response_json} holds every entry of this map. */
  public FlowSessionAssert isCompletedWith(Map<String, ?> subset) {
    return completedWith(JsonSubset.toJson(Objects.requireNonNull(subset, "subset")));
  }

  /**
   * Verifies that the flow completed and its {@code response_json} holds this JSON object (a subset).
   *
   * @throws IllegalArgumentException if the text is not a JSON object
   */
  public FlowSessionAssert isCompletedWithJson(String jsonSubset) {
    return completedWith(JsonSubset.parseObject(Objects.requireNonNull(jsonSubset, "jsonSubset")));
  }

  private FlowSessionAssert completedWith(JsonNode expected) {
    isCompleted();
    JsonNode response = actual.completion().orElseThrow();
    Set<String> masked = maskedKeys();
    Optional<String> mismatch = JsonSubset.mismatch(response, expected, masked);
    if (mismatch.isPresent()) {
      throw failure("%s", "Expected the flow to complete with " + Report.masked(expected, masked) + " but "
          + mismatch.get() + "; it completed with " + Report.masked(response, masked) + tail());
    }
    return this;
  }

  /** Verifies that the endpoint closed the flow (HTTP 427), whatever the message. */
  public FlowSessionAssert isClosedWithError() {
    isNotNull();
    if (actual.closedMessage().isEmpty()) {
      throw failure("%s", "Expected the flow to be closed with an error but " + state() + tail());
    }
    return this;
  }

  /** Verifies that the endpoint closed the flow (HTTP 427) and the phone shows this message. */
  public FlowSessionAssert isClosedWithError(String message) {
    Objects.requireNonNull(message, "message");
    isClosedWithError();
    String shown = actual.closedMessage().orElseThrow();
    if (!shown.equals(message)) {
      throw failureWithActualExpected(shown, message, "%s", "Expected the flow to be closed with the error \""
          + message + "\" but it was closed with \"" + shown + "\"" + tail());
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------ the transcript

  /** The session's transcript, for assertions on its endpoint exchanges. */
  public TranscriptAssert transcript() {
    isNotNull();
    return new TranscriptAssert(actual.transcript());
  }

  // ------------------------------------------------------------------------------------------ the workshop

  private RenderedScreen current() {
    isNotNull();
    try {
      return actual.screen();
    } catch (FlowSessionException e) {
      throw failure("%s", "Expected a screen but the session shows none yet" + actual.lastError()
          .map(m -> "; the phone shows: " + m).orElse("") + tail());
    }
  }

  private RenderedComponent field(String name) {
    Objects.requireNonNull(name, "field");
    RenderedScreen screen = current();
    Optional<RenderedComponent> component = screen.component(name);
    if (component.isEmpty()) {
      List<String> fields = screen.components().stream().filter(RenderedComponent::isInput)
          .map(c -> c.name().orElseThrow()).toList();
      throw failure("%s", "No field " + name + " on screen " + screen.id() + "; fields: " + Report.list(fields)
          + Report.closest("field", name, fields) + tail());
    }
    return component.get();
  }

  private List<String> errors(RenderedComponent component) {
    List<String> errors = new ArrayList<>();
    component.error().ifPresent(errors::add);
    String name = component.name().orElseThrow();
    actual.fieldErrors().stream().filter(e -> e.field().equals(name)).map(FieldError::message)
        .filter(m -> !errors.contains(m)).forEach(errors::add);
    return errors;
  }

  private String fieldErrorsNow() {
    List<String> shown = new ArrayList<>();
    current().components().stream().filter(c -> c.error().isPresent())
        .forEach(c -> shown.add(c.name().orElse(c.type()) + ": " + c.error().orElseThrow()));
    actual.fieldErrors().stream().map(FieldError::toString).filter(e -> !shown.contains(e)).forEach(shown::add);
    return shown.isEmpty() ? "" : "; field errors: " + String.join("; ", shown);
  }

  private static boolean masked(RenderedComponent component) {
    return component.sensitive()
        || component.inputType().filter(t -> t.equals("password") || t.equals("passcode")).isPresent();
  }

  /** Every piece of text the user can read on the screen, masked values left out. */
  private static List<String> texts(RenderedScreen screen) {
    List<String> texts = new ArrayList<>();
    texts.add(screen.title());
    for (RenderedComponent c : screen.components()) {
      texts.add(c.text());
      c.helperText().ifPresent(texts::add);
      c.description().ifPresent(texts::add);
      c.error().ifPresent(texts::add);
      for (RenderedOption option : c.options()) {
        texts.add(option.title());
        option.description().ifPresent(texts::add);
      }
      if (!masked(c)) {
        c.valueText().ifPresent(texts::add);
      }
    }
    screen.errorMessage().ifPresent(texts::add);
    texts.removeIf(String::isEmpty);
    return texts;
  }

  /** Every screen id of the session's flow, then any other the endpoint named. */
  private Set<String> flowScreens() {
    Set<String> screens = new LinkedHashSet<>();
    actual.flow().screens().forEach(screen -> screens.add(screen.id()));
    screens.addAll(seenScreens());
    return screens;
  }

  /** Screen ids the session knows of: shown, requested from, or named by the endpoint. */
  private Set<String> seenScreens() {
    Set<String> seen = new LinkedHashSet<>(actual.screenStack());
    for (Transcript.Entry entry : actual.transcript().entries()) {
      entry.screen().map(text -> text.substring(0, Math.max(0, text.indexOf(' ')))).filter(s -> !s.isEmpty())
          .ifPresent(seen::add);
      for (EndpointExchange exchange : entry.exchanges()) {
        exchange.request().screen().ifPresent(seen::add);
        if (exchange.outcome() instanceof EndpointOutcome.NextScreen) {
          seen.add(((EndpointOutcome.NextScreen) exchange.outcome()).screen());
        }
      }
    }
    return seen;
  }

  /** The keys masked anywhere in the session: each exchange's masked fields and the screen's masked inputs. */
  private Set<String> maskedKeys() {
    Set<String> keys = new HashSet<>();
    actual.transcript().exchanges().forEach(exchange -> keys.addAll(exchange.maskedFields()));
    if (!actual.screenStack().isEmpty()) {
      actual.screen().components().stream().filter(FlowSessionAssert::masked)
          .forEach(c -> c.name().ifPresent(keys::add));
    }
    return keys;
  }

  private String state() {
    if (actual.isCompleted()) {
      return "it completed";
    }
    String where = actual.screenStack().isEmpty() ? "with no screen shown"
        : "on screen " + actual.screenStack().get(actual.screenStack().size() - 1);
    if (actual.closedMessage().isPresent()) {
      return "it was closed " + where + " with \"" + actual.closedMessage().get() + "\"";
    }
    return (actual.isOpen() ? "it is open " : "it was closed without completing ") + where
        + actual.lastError().map(e -> "; the phone shows: " + e).orElse("");
  }

  private String tail() {
    return Report.tail(actual.transcript());
  }
}
