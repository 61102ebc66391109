package dev.flowkit.mock.phone;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.Screen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One flow opened on a {@link SimulatedPhone}: what the user sees ({@link #screen()}), what they do (fill, select,
 * tap, BACK, close), and what came of it. Get one from {@link SimulatedPhone#open(String)},
 * {@link SimulatedPhone#openLatest()} or {@link SimulatedPhone#standalone()}.
 *
 * <p>Every step is synchronous: when a tap fires a {@code data_exchange} (or BACK on a {@code refresh_on_back}
 * screen), the encrypted request goes to the business's endpoint and its answer is applied before the call
 * returns. The phone behaves as WhatsApp's does (Flow JSON §9, platform.md §5.4–§5.6):
 * <ul>
 *   <li>a Footer tap with invalid or missing input sends nothing: {@link #fieldErrors()} says why;</li>
 *   <li>a response the phone refuses (not decryptable, misshapen, an unknown or unreachable screen, data off the
 *       screen's model, a SUCCESS without params) is answered with an error notification to the endpoint, the
 *       user stays on the current screen, and the step throws {@link FlowSessionException} of kind
 *       {@link FlowSessionException.Kind#INVALID_RESPONSE};</li>
 *   <li>HTTP 427 closes the flow with the endpoint's message ({@link #closedMessage()}) and disables the message's
 *       button;</li>
 *   <li>432, 500, any other status, no response or a timeout show the generic error ({@link #lastError()}); the
 *       user stays and may try again;</li>
 *   <li>a {@code complete} action or a {@code SUCCESS} response completes the flow: the reply goes to the business
 *       ({@link #completion()}).</li>
 * </ul>
 * Each step returns this session, for chaining; each goes into the {@link #transcript()}.
 *
 * <p>Not thread-safe: one user, one thread. {@code sensitive} fields are masked in the transcript, in exception
 * messages and in {@code toString()}.
 */
public final class FlowSession {

  /** What the phone shows when a request gets no usable answer (FlowKit's wording; WhatsApp's is localized). */
  public static final String GENERIC_ERROR = "Something went wrong. Please try again later.";

  private final FlowJson flow;
  private final ScreenEngine engine;
  private final @Nullable EndpointChannel channel;
  private final EndpointCounters counters;
  private final SessionLink link;
  private final String messageId;
  private final String flowToken;
  private final Transcript transcript = new Transcript();
  private final List<String> openedUrls = new ArrayList<>();
  private List<FieldError> fieldErrors = List.of();
  private @Nullable String lastError;
  private @Nullable JsonNode completion;
  private @Nullable String replyMessageId;
  private @Nullable String closedMessage;
  private boolean closed;

  FlowSession(FlowJson flow, String flowToken, String messageId, @Nullable EndpointChannel channel,
      EndpointCounters counters, SessionLink link, ScreenEngineOptions options) {
    this.flow = flow;
    this.engine = new ScreenEngine(flow, flowToken, options);
    this.channel = channel;
    this.counters = counters;
    this.link = link;
    this.messageId = messageId;
    this.flowToken = flowToken;
  }

  // ------------------------------------------------------------------------------------------ opening

  /** Opens in navigate mode on the screen (else the first entry screen) with the data, as the message says. */
  FlowSession openNavigate(Optional<String> screen, Optional<JsonNode> data) {
    return step("open (navigate" + screen.map(s -> " to " + s).orElse("") + ")",
        () -> engine.openNavigate(screen, data.filter(d -> !(d.isObject() && d.isEmpty()))));
  }

  /** Opens in data_exchange mode: the INIT request goes to the endpoint, its answer is the first screen. */
  FlowSession openWithInit() {
    engine.openWithInit();
    Step step = new Step("open (data_exchange: INIT)");
    return guarded(step, () -> exchange(step, EndpointRequest.init()));
  }

  // ------------------------------------------------------------------------------------------ state

  /**
   * What the user sees now; after the flow closed, the last screen it showed.
   *
   * @throws FlowSessionException of kind NOT_AVAILABLE when no screen was shown yet (INIT got no usable answer)
   */
  public RenderedScreen screen() {
    if (currentId().isEmpty()) {
      throw failure(FlowSessionException.Kind.NOT_AVAILABLE, "no screen is shown yet"
          + Optional.ofNullable(lastError).map(e -> "; the phone shows: " + e).orElse(""), Optional.empty(), null);
    }
    return engine.current();
  }

  /** Whether the user can still act: the flow neither completed nor closed. */
  public boolean isOpen() {
    return !closed;
  }

  /** Whether the flow completed: a {@code complete} action, or the endpoint's {@code SUCCESS}. */
  public boolean isCompleted() {
    return completion != null;
  }

  /**
   * The reply's {@code response_json} once the flow completed: the complete action's payload plus
   * {@code flow_token}, or the SUCCESS response's {@code extension_message_response.params}; a copy.
   */
  public Optional<JsonNode> completion() {
    return Optional.ofNullable(completion).map(JsonNode::deepCopy);
  }

  /** The id of the {@code nfm_reply} message the completion was sent as, once the flow completed. */
  public Optional<String> replyMessageId() {
    return Optional.ofNullable(replyMessageId);
  }

  /** The message the flow closed with after the endpoint answered 427; empty otherwise. */
  public Optional<String> closedMessage() {
    return Optional.ofNullable(closedMessage);
  }

  /** The links {@code open_url} actions opened, in order. */
  public List<String> openedUrls() {
    return List.copyOf(openedUrls);
  }

  /**
   * The last error the phone showed: {@link #GENERIC_ERROR} after a failed request, the endpoint's
   * {@code error_message}, the 427 message, or why the Footer could not be tapped. Empty after a step that showed
   * none.
   */
  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  /** Why the last Footer tap sent nothing: the fields still invalid; empty unless the last step was such a tap. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** Every step so far. */
  public Transcript transcript() {
    return transcript;
  }

  /** The Flow JSON this session walks (as sent with the message, or as given to the standalone phone). */
  public FlowJson flow() {
    return flow;
  }

  /** The id of the flow message this session opened (for a standalone session, a made-up one). */
  public String messageId() {
    return messageId;
  }

  /** The flow token every endpoint request carries. */
  public String flowToken() {
    return flowToken;
  }

  /** The ids of the screens on the history stack, oldest first, then the current one. */
  public List<String> screenStack() {
    return engine.stack();
  }

  /** This session's endpoint requests, counted as the platform's metrics count them. */
  public EndpointCounters endpointCounters() {
    return counters;
  }

  // ------------------------------------------------------------------------------------------ input

  /** Types text into a TextInput or TextArea. */
  public FlowSession fill(String name, String text) {
    Objects.requireNonNull(text, "text");
    return step("fill " + name + " = " + shown(name, "\"" + text + "\""), () -> engine.fill(name, text));
  }

  /** Selects an option of a RadioButtonsGroup or Dropdown, by its id. */
  public FlowSession select(String name, String optionId) {
    return step("select " + name + " = " + shown(name, optionId), () -> engine.select(name, optionId));
  }

  /** Ticks an option of a CheckboxGroup or ChipsSelector, by its id. */
  public FlowSession check(String name, String optionId) {
    return step("check " + name + " + " + shown(name, optionId), () -> engine.check(name, optionId, true));
  }

  /** Unticks an option of a CheckboxGroup or ChipsSelector, by its id. */
  public FlowSession uncheck(String name, String optionId) {
    return step("uncheck " + name + " - " + shown(name, optionId), () -> engine.check(name, optionId, false));
  }

  /** Picks a date in a DatePicker or a single-mode CalendarPicker. */
  public FlowSession pickDate(String name, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return step("pick " + name + " = " + shown(name, date.toString()), () -> engine.pickDate(name, date));
  }

  /** Picks a range in a range-mode CalendarPicker. */
  public FlowSession pickDateRange(String name, LocalDate start, LocalDate end) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    return step("pick " + name + " = " + shown(name, start + ".." + end),
        () -> engine.pickDateRange(name, start, end));
  }

  /** Ticks ({@code true}) or unticks an OptIn. */
  public FlowSession optIn(String name, boolean ticked) {
    return step((ticked ? "tick " : "untick ") + name, () -> engine.optIn(name, ticked));
  }

  /** Adds picked files to a PhotoPicker or DocumentPicker (nothing is uploaded; see {@link PickedFile}). */
  public FlowSession upload(String name, PickedFile... files) {
    List<PickedFile> picked = List.of(files);
    return step("upload " + picked.size() + " file(s) to " + name, () -> engine.upload(name, picked));
  }

  // ------------------------------------------------------------------------------------------ taps

  /** Taps the Footer. With invalid or missing input nothing is sent and {@link #fieldErrors()} says why. */
  public FlowSession tapFooter() {
    return step("tap Footer", engine::tapFooter);
  }

  /** Taps the visible EmbeddedLink with this text. */
  public FlowSession tapLink(String text) {
    return step("tap link \"" + text + "\"", () -> engine.tapLink(text));
  }

  /** Taps the "Read more" of the OptIn with this name. */
  public FlowSession tapReadMore(String optInName) {
    return step("tap Read more of " + optInName, () -> engine.tapReadMore(optInName));
  }

  /** Taps the item with this id in the NavigationList with this name. */
  public FlowSession tapItem(String listName, String itemId) {
    return step("tap item " + itemId + " of " + listName, () -> engine.tapItem(listName, itemId));
  }

  /**
   * BACK: the previous screen, with its data and the user's input; on a {@code refresh_on_back} screen the
   * endpoint is asked first; on the first screen the flow closes without completing.
   */
  public FlowSession back() {
    return step("BACK", engine::back);
  }

  /** Closes the flow with the X control: nothing is sent to the business. */
  public FlowSession close() {
    return step("close", engine::close);
  }

  // ------------------------------------------------------------------------------------------ the work

  /** What one step did, collected while it runs and written to the transcript when it ends. */
  private static final class Step {
    final String description;
    final List<EndpointExchange> exchanges = new ArrayList<>();
    String result = "";
    boolean showScreen;
    FlowSessionException.@Nullable Kind failure;
    String failureMessage = "";
    Optional<EndpointErrorType> clientError = Optional.empty();

    Step(String description) {
      this.description = description;
    }

    void fail(FlowSessionException.Kind kind, String message, Optional<EndpointErrorType> error) {
      failure = kind;
      failureMessage = message;
      clientError = error;
      result = "refused: " + message;
    }
  }

  private FlowSession step(String description, Supplier<ScreenStep> action) {
    if (closed) {
      throw failure(FlowSessionException.Kind.NOT_AVAILABLE, "cannot " + description + ": the flow "
          + (completion != null ? "completed" : "is closed") + closedMessage().map(m -> " (\"" + m + "\")").orElse(""),
          Optional.empty(), null);
    }
    Step step = new Step(description);
    return guarded(step, () -> {
      ScreenStep first = action.get();
      fieldErrors = List.of();
      lastError = null;
      apply(step, first);
    });
  }

  /**
   * Runs a step's work and writes it to the transcript; what the engine throws (input that does not fit, a Flow
   * JSON that cannot be shown, even with the endpoint's new data) becomes a {@link FlowSessionException} carrying
   * the transcript, this step and its exchanges included.
   */
  private FlowSession guarded(Step step, Runnable work) {
    try {
      work.run();
    } catch (ScreenInputException e) {
      throw recorded(step, FlowSessionException.Kind.INPUT_REFUSED, e);
    } catch (ScreenRenderException e) {
      // UNCERTAIN: a screen that cannot be shown even with the endpoint's (accepted) data is the Flow JSON's
      // fault, which the platform's validator owns; FlowKit reports it to the test and notifies no one.
      throw recorded(step, FlowSessionException.Kind.RENDER_FAILED, e);
    } catch (IllegalStateException e) {
      throw recorded(step, FlowSessionException.Kind.NOT_AVAILABLE, e);
    }
    return finish(step);
  }

  private FlowSessionException recorded(Step step, FlowSessionException.Kind kind, RuntimeException cause) {
    String message = cause.getMessage() == null ? kind.name() : cause.getMessage();
    transcript.add(step.description, "refused: " + message, Optional.empty(), step.exchanges);
    return failure(kind, message, Optional.empty(), cause);
  }

  private FlowSession finish(Step step) {
    Optional<RenderedScreen> shown = step.showScreen && currentId().isPresent() ? Optional.of(engine.current())
        : Optional.empty();
    transcript.add(step.description, step.result, shown, step.exchanges);
    if (step.failure != null) {
      throw failure(step.failure, step.failureMessage, step.clientError, null);
    }
    return this;
  }

  private FlowSessionException failure(FlowSessionException.Kind kind, String message,
      Optional<EndpointErrorType> clientError, @Nullable Throwable cause) {
    return new FlowSessionException(kind, message, clientError, transcript, cause);
  }

  private void apply(Step step, ScreenStep screenStep) {
    if (screenStep instanceof ScreenStep.Navigated n) {
      step.result = "shows " + n.screen().id() + dropped(n.droppedKeys());
      shownError(n.screen());
      step.showScreen = true;
    } else if (screenStep instanceof ScreenStep.Refreshed r) {
      step.result = "refreshed " + r.screen().id() + dropped(r.droppedKeys());
      shownError(r.screen());
      step.showScreen = true;
    } else if (screenStep instanceof ScreenStep.Updated) {
      step.result = "updated";
    } else if (screenStep instanceof ScreenStep.WentBack w) {
      step.result = "back on " + w.screen().id();
      shownError(w.screen());
      step.showScreen = true;
    } else if (screenStep instanceof ScreenStep.DataExchange d) {
      exchange(step, EndpointRequest.dataExchange(d.screen(), (ObjectNode) d.payload()));
    } else if (screenStep instanceof ScreenStep.BackRequested b) {
      exchange(step, EndpointRequest.back(b.screen()));
    } else if (screenStep instanceof ScreenStep.Completed c) {
      complete(step, c.response());
    } else if (screenStep instanceof ScreenStep.UrlOpened u) {
      openedUrls.add(u.url());
      step.result = "opened " + u.url();
    } else if (screenStep instanceof ScreenStep.Blocked b) {
      fieldErrors = b.errors();
      lastError = b.reason();
      step.result = "nothing sent: " + b.reason();
    } else if (screenStep instanceof ScreenStep.Closed c) {
      closed = true;
      step.result = "the flow closed on " + c.screen() + " without completing; nothing sent";
    } else if (screenStep instanceof ScreenStep.Rejected r) {
      step.fail(FlowSessionException.Kind.OPENING_REFUSED, r.message(),
          EndpointErrorType.fromWireName(r.error().key()));
    }
  }

  private void shownError(RenderedScreen screen) {
    screen.errorMessage().ifPresent(message -> lastError = message);
  }

  private static String dropped(List<String> keys) {
    return keys.isEmpty() ? "" : " (undeclared data keys dropped: " + keys + ")";
  }

  /** Sends a request and applies its outcome as the phone does. */
  private void exchange(Step step, EndpointRequest request) {
    if (channel == null) {
      engine.requestFailed();
      step.fail(FlowSessionException.Kind.NO_ENDPOINT, "a " + request.action() + " request must be sent, but the "
          + "session has no endpoint URL", Optional.empty());
      return;
    }
    Optional<String> where = currentId();
    EndpointChannel.Sent exchanged = channel.exchange(request);
    EndpointExchange sent = exchanged.exchange();
    step.exchanges.add(sent);
    EndpointOutcome outcome = sent.outcome();
    if (outcome instanceof EndpointOutcome.NextScreen || outcome instanceof EndpointOutcome.Completed) {
      // The channel's parsed tree, which nothing else holds: the engine may keep parts of it.
      JsonNode body = exchanged.response().orElseThrow(
          () -> new IllegalStateException("a screen outcome without a readable response"));
      ScreenStep answer = engine.acceptResponse(body);
      if (answer instanceof ScreenStep.Rejected r) {
        invalid(step, where, EndpointErrorType.fromWireName(r.error().key())
            .orElse(EndpointErrorType.PAYLOAD_SCHEMA_ERROR), r.message(), true);
        return;
      }
      apply(step, answer);
    } else if (outcome instanceof EndpointOutcome.InvalidResponse i) {
      engine.requestFailed();
      invalid(step, where, i.type(), i.reason(), i.notifyEndpoint());
    } else if (outcome instanceof EndpointOutcome.FlowTokenRejected t) {
      if (currentId().isPresent()) {
        engine.close();
      } else {
        engine.requestFailed(); // a 427 to INIT: no screen was shown, the flow closes all the same
      }
      closed = true;
      closedMessage = t.userMessage();
      lastError = t.userMessage();
      link.tokenRejected(messageId);
      step.result = t.summary();
    } else if (outcome instanceof EndpointOutcome.Failed f) {
      engine.requestFailed();
      lastError = GENERIC_ERROR;
      step.result = "the generic error is shown and the user stays (" + f.summary() + ")";
    } else {
      engine.requestFailed();
      invalid(step, where, EndpointErrorType.PAYLOAD_SCHEMA_ERROR, "the endpoint answered a " + request.action()
          + " request as if it were a ping or an error notification", true);
    }
  }

  /** A response the phone refuses: the user stays, the endpoint hears of it, the test gets the reason. */
  private void invalid(Step step, Optional<String> where, EndpointErrorType type, String reason, boolean notify) {
    lastError = GENERIC_ERROR;
    if (notify && channel != null) {
      step.exchanges.add(channel.send(EndpointRequest.errorNotification(where, type, reason)));
    }
    step.fail(FlowSessionException.Kind.INVALID_RESPONSE, "the endpoint's response was refused, "
        + type.wireName() + ": " + reason + (notify ? "; an error notification was sent" : ""), Optional.of(type));
  }

  private void complete(Step step, JsonNode response) {
    closed = true;
    completion = response.deepCopy();
    replyMessageId = link.completed(messageId, response);
    List<String> keys = new ArrayList<>();
    response.propertyNames().forEach(keys::add);
    step.result = "completed; reply " + replyMessageId + " carries response_json with " + keys;
  }

  private Optional<String> currentId() {
    List<String> stack = engine.stack();
    return stack.isEmpty() ? Optional.empty() : Optional.of(stack.get(stack.size() - 1));
  }

  /** The value as the transcript shows it: masked for a {@code sensitive} field or a password input. */
  private String shown(String name, String value) {
    Optional<String> id = currentId();
    if (id.isEmpty()) {
      return value;
    }
    boolean sensitive = flow.screen(id.get()).flatMap(Screen::sensitive).map(list -> list.contains(name))
        .orElse(false);
    boolean secret = engine.current().component(name).flatMap(RenderedComponent::inputType)
        .filter(type -> type.equals("password") || type.equals("passcode")).isPresent();
    return sensitive || secret ? EndpointJson.MASK : value;
  }

  /** The flow message, the current screen and the state; never a field's value. */
  @Override
  public String toString() {
    String state = completion != null ? "completed" : closed ? "closed" : "open";
    return "FlowSession[message " + messageId + ", screen " + currentId().orElse("(none)") + ", " + state + "]";
  }
}
