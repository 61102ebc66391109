package dev.flowkit.mock.graph;

/**
 * The Flows API errors of spec/platform.md section 1.6 in Meta's envelope. The section documents codes and texts
 * but not which envelope field carries the text (section 9, question 1); the mock follows section 1.7's example:
 * the code-100 cases answer {@code message} "Invalid parameter" with the row text as {@code error_user_title}, the
 * 139xxx cases carry the row text as {@code message} and (but for publishing, see {@link #publishRefused}) as
 * {@code error_user_title}. The reason in this case is in
 * {@code error_user_msg} (and, for code 100, in {@code error_data.details}, where newer Graph errors put it).
 * Subcodes are left out: none is attested except 139000's.
 */
final class FlowErrors {

  private FlowErrors() {}

  /** Code 100 with the row text of section 1.6 as title. */
  static GraphCallException badRequest(String title, String details) {
    return GraphCallException.builder(100, "Invalid parameter").userTitle(title).userMessage(details)
        .details(details).isTransient(false).build();
  }

  /** A 139xxx error with the row text of section 1.6. */
  static GraphCallException flowError(int code, String text, String details) {
    return GraphCallException.builder(code, text).userTitle(text).userMessage(details).isTransient(false).build();
  }

  static GraphCallException nameNotUnique(String name) {
    return badRequest("Flow name is not unique", "A flow named \"" + name
        + "\" already exists in this WhatsApp Business Account.");
  }

  static GraphCallException flowNotFound(String id) {
    return badRequest("Flow with specified ID does not exist", "No flow with ID " + id
        + " exists or you don't have access to it.");
  }

  static GraphCallException invalidEndpointUri(String uri) {
    return badRequest("Invalid Endpoint URI", "The endpoint URI is not a valid http(s) URL: " + uri);
  }

  static GraphCallException notUpdatable(String status) {
    return flowError(139001, "Flow can't be updated", "The flow is " + status
        + "; only DRAFT flows can be updated.");
  }

  /**
   * A 139002: the row text as {@code message}, and as {@code error_user_title} the title of the one attested
   * publishing failure (139000's "Flow publishing failed", section 1.6), so every publish refusal reads alike.
   */
  static GraphCallException publishRefused(String text, String details) {
    return GraphCallException.builder(139002, text).userTitle("Flow publishing failed").userMessage(details)
        .isTransient(false).build();
  }
}
