package dev.flowkit.mock.phone;

import tools.jackson.databind.JsonNode;

/**
 * Where a flow session came from, and so who hears of its end: the mock platform (the completion goes out as the
 * business's {@code nfm_reply} webhook, a 427 disables the message's button on the user's phone) or a standalone
 * opening (an optional webhook to a callback URL given by hand).
 */
interface SessionLink {

  /**
   * The user completed the flow: deliver the reply.
   *
   * @param messageId the flow message's id, {@code context.id} of the reply
   * @param response the reply's {@code response_json}, {@code flow_token} included
   * @return the id of the reply message sent, or of nothing when nothing is delivered
   */
  String completed(String messageId, JsonNode response);

  /** The endpoint answered 427: the message's button is disabled from now on. */
  void tokenRejected(String messageId);
}
