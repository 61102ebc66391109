package dev.flowkit.mock.graph;

/**
 * The Cloud API errors of {@code POST /{pnid}/messages} (spec/platform.md sections 1.4–1.6): message
 * {@code "(#code) Title"}, the reason in {@code error_data.details}, no subcode (Cloud API messaging errors carry
 * none for v16.0+ callers, section 1.1), the HTTP status of section 1.4's table.
 */
final class MessagingErrors {

  private MessagingErrors() {}

  /** 100 "Invalid parameter": the reason moved to the details since v16 (section 1.5). */
  static GraphCallException invalidParameter(String details) {
    return error(100, "Invalid parameter", details);
  }

  /** 131008 "Required parameter is missing". */
  static GraphCallException missing(String path) {
    return error(131008, "Required parameter is missing", path + " is required");
  }

  /** 131009 "Parameter value is not valid". */
  static GraphCallException notValid(String details) {
    return error(131009, "Parameter value is not valid", details);
  }

  /** 131021 "Recipient cannot be sender". */
  static GraphCallException recipientIsSender() {
    return error(131021, "Recipient cannot be sender", "Sender and recipient phone number is the same.");
  }

  /** 131047 "Re-engagement message": outside the 24-hour customer-service window. */
  static GraphCallException reEngagement() {
    return error(131047, "Re-engagement message", "Message failed to send because more than 24 hours have passed"
        + " since the customer last replied to this number.");
  }

  /** 131051 "Unsupported message type". */
  static GraphCallException unsupportedType(String details) {
    return error(131051, "Unsupported message type", details);
  }

  /** 132001 "Template name does not exist in the translation". */
  static GraphCallException templateMissing(String details) {
    return error(132001, "Template name does not exist in the translation", details);
  }

  /** 132015 "Template is Paused". */
  static GraphCallException templatePaused(String details) {
    return error(132015, "Template is Paused", details);
  }

  /** 132016 "Template is Disabled". */
  static GraphCallException templateDisabled(String details) {
    return error(132016, "Template is Disabled", details);
  }

  /** 132068 "Flow is blocked". */
  static GraphCallException flowBlocked(String details) {
    return error(132068, "Flow is blocked", details);
  }

  /** 132069 "Flow is throttled". */
  static GraphCallException flowThrottled(String details) {
    return error(132069, "Flow is throttled", details);
  }

  private static GraphCallException error(int code, String title, String details) {
    return GraphCallException.builder(code, "(#" + code + ") " + title).details(details).build();
  }
}
