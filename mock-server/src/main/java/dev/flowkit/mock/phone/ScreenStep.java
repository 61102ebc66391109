package dev.flowkit.mock.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a user action or an endpoint response led to on the simulated phone, and so what must happen next. The
 * screen engine never talks to the network: a {@link DataExchange}, {@link BackRequested} or {@link Completed}
 * tells the conversation layer what to send, and the endpoint's answer comes back through the engine's response
 * check.
 *
 * <p>Payloads may hold what the user typed, so {@code toString()} of the steps that carry one prints only the
 * keys.
 */
public sealed interface ScreenStep {

  /**
   * A new screen is shown: the flow opened, a navigate action ran, or the endpoint sent the user to another
   * screen. The previous screen is on the history stack.
   *
   * @param screen what the user sees now
   * @param droppedKeys data keys the screen's data model does not declare, dropped before rendering
   */
  record Navigated(RenderedScreen screen, List<String> droppedKeys) implements ScreenStep {
    /** Copies the keys. */
    public Navigated {
      Objects.requireNonNull(screen, "screen");
      droppedKeys = List.copyOf(droppedKeys);
    }
  }

  /**
   * The endpoint answered with the current screen: its data was replaced (or merged, per
   * {@link ScreenEngineOptions#sameScreenData()}), the user's input kept, and its {@code error_message} shown.
   *
   * @param screen what the user sees now
   * @param droppedKeys data keys the screen's data model does not declare, dropped before rendering
   */
  record Refreshed(RenderedScreen screen, List<String> droppedKeys) implements ScreenStep {
    /** Copies the keys. */
    public Refreshed {
      Objects.requireNonNull(screen, "screen");
      droppedKeys = List.copyOf(droppedKeys);
    }
  }

  /**
   * The screen stays and shows the effect of an input or an {@code update_data} action; nothing is sent.
   *
   * @param screen what the user sees now
   */
  record Updated(RenderedScreen screen) implements ScreenStep {
    /** Not null. */
    public Updated {
      Objects.requireNonNull(screen, "screen");
    }
  }

  /**
   * A {@code data_exchange} action fired: the conversation layer must send it and hand the response back.
   *
   * @param screen the id of the screen the request is sent from
   * @param payload the resolved payload, the request's {@code data}
   */
  record DataExchange(String screen, JsonNode payload) implements ScreenStep {
    /** Copies the payload. */
    public DataExchange {
      Objects.requireNonNull(screen, "screen");
      payload = payload.deepCopy();
    }

    /** The payload; a copy. */
    @Override
    public JsonNode payload() {
      return payload.deepCopy();
    }

    @Override
    public String toString() {
      return "DataExchange[screen=" + screen + ", keys=" + keys(payload) + "]";
    }
  }

  /**
   * The flow is complete: a {@code complete} action on a terminal screen, or the endpoint's {@code SUCCESS}.
   *
   * @param response what the completion carries to the business: the action's payload plus {@code flow_token},
   *     or the {@code extension_message_response.params} of a SUCCESS response
   */
  record Completed(JsonNode response) implements ScreenStep {
    /** Copies the response. */
    public Completed {
      response = response.deepCopy();
    }

    /** The response; a copy. */
    @Override
    public JsonNode response() {
      return response.deepCopy();
    }

    @Override
    public String toString() {
      return "Completed[keys=" + keys(response) + "]";
    }
  }

  /**
   * An {@code open_url} action: the phone opens the link outside the flow, which stays as it was.
   *
   * @param url the link
   */
  record UrlOpened(String url) implements ScreenStep {
    /** Not null. */
    public UrlOpened {
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * The Footer could not be tapped: the phone shows it disabled (§9.4). Nothing was sent.
   *
   * @param errors why: each field still invalid or carrying an endpoint error; empty when the Footer's own
   *     {@code enabled} is false
   * @param reason a sentence saying why, for a test failure
   */
  record Blocked(List<FieldError> errors, String reason) implements ScreenStep {
    /** Copies the errors. */
    public Blocked {
      errors = List.copyOf(errors);
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * BACK on a screen with {@code refresh_on_back}: the conversation layer must send a BACK request for this screen
   * and hand the response back; the history is popped when the response arrives.
   *
   * @param screen the id of the screen being left
   */
  record BackRequested(String screen) implements ScreenStep {
    /** Not null. */
    public BackRequested {
      Objects.requireNonNull(screen, "screen");
    }
  }

  /**
   * BACK popped the history: the previous screen is shown with its cached data and the user's input.
   *
   * @param screen what the user sees now
   */
  record WentBack(RenderedScreen screen) implements ScreenStep {
    /** Not null. */
    public WentBack {
      Objects.requireNonNull(screen, "screen");
    }
  }

  /**
   * BACK on the first screen closed the flow without completing it; nothing is sent to the business.
   *
   * @param screen the id of the screen that was shown
   */
  record Closed(String screen) implements ScreenStep {
    /** Not null. */
    public Closed {
      Objects.requireNonNull(screen, "screen");
    }
  }

  /**
   * An endpoint response (or an opening payload) broke the flow's rules: the phone stays on the current screen
   * and sends an error notification with this error type.
   *
   * @param error the client error type
   * @param message what was wrong, naming screens and keys, never values
   */
  record Rejected(ScreenClientError error, String message) implements ScreenStep {
    /** Not null. */
    public Rejected {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(message, "message");
    }
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    if (node instanceof ObjectNode object) {
      object.propertyNames().forEach(keys::add);
    }
    return keys;
  }
}
