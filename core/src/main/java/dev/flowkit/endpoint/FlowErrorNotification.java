package dev.flowkit.endpoint;

import java.util.Optional;

/**
 * WhatsApp telling the endpoint that its previous response was invalid (platform facts §5.3), e.g.
 * {@code invalid-screen-transition} or {@code payload-schema-error}. The endpoint acknowledges it
 * ({@code {"data":{"acknowledged":true}}}) and hands it to the callback set with
 * {@link FlowEndpoint.Builder#onErrorNotification(java.util.function.Consumer)}. Its {@link #toString()} shows the
 * error key and the screen only.
 *
 * @param error the error key from {@code data.error} (or {@code data.error_key}); empty if only a message came
 * @param errorMessage {@code data.error_message}, if sent
 * @param screen the screen where the bad response was applied
 * @param flowToken the request's flow token, if sent
 * @param request the whole request
 */
public record FlowErrorNotification(Optional<String> error, Optional<String> errorMessage, Optional<String> screen,
    Optional<String> flowToken, FlowRequest request) {

  /**
   * Whether a request is an error notification. Meta does not document the exact key set, so FlowKit follows
   * pywa: an INIT or data_exchange request whose {@code data} holds a string {@code error}, {@code error_key}
   * or {@code error_message}. A form field of one of those names would be taken for one; avoid such names.
   */
  static boolean matches(FlowRequest request) {
    return (request.action() == FlowRequest.Action.DATA_EXCHANGE || request.action() == FlowRequest.Action.INIT)
        && (request.dataString("error").isPresent() || request.dataString("error_key").isPresent()
            || request.dataString("error_message").isPresent());
  }

  /**
   * The error key and the screen; never the flow token, nor the message (WhatsApp's text about our response may
   * quote the data in it).
   */
  @Override
  public String toString() {
    return "FlowErrorNotification[" + error.orElse("no error key") + screen.map(s -> " on " + s).orElse("")
        + errorMessage.map(m -> ", message of " + m.length() + " chars").orElse("") + "]";
  }

  static FlowErrorNotification of(FlowRequest request) {
    return new FlowErrorNotification(request.dataString("error").or(() -> request.dataString("error_key")),
        request.dataString("error_message"), request.screen(), request.flowToken(), request);
  }
}
