package dev.flowkit.mock.phone;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.mock.state.SentFlow;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A flow message as a user's phone holds it: what the business sent (the flow JSON, mode, token, action and payload
 * as they were at send time) and what the phone needs to talk to the business's endpoint (the sending number's
 * current business public key, and the app secret WhatsApp signs endpoint requests with). Its {@code toString()}
 * leaves the secret out.
 *
 * @param wamid the message id
 * @param userWaId the recipient's WhatsApp id (digits)
 * @param phoneNumberId the sending business number (PNID)
 * @param displayPhoneNumber that number as displayed
 * @param wabaId the WABA the number belongs to
 * @param flow what the message's button opens
 * @param businessPublicKey the sending number's business public key (SPKI PEM) now, when one is set
 * @param appSecret the secret of the flow's app, which signs endpoint requests ({@code X-Hub-Signature-256})
 * @param sentAt when the business sent it
 */
public record ReceivedFlowMessage(String wamid, String userWaId, String phoneNumberId, String displayPhoneNumber,
    String wabaId, SentFlow flow, Optional<String> businessPublicKey, Optional<AppSecret> appSecret,
    Instant sentAt) {

  /** Checks that nothing is null. */
  public ReceivedFlowMessage {
    Objects.requireNonNull(wamid, "wamid");
    Objects.requireNonNull(userWaId, "userWaId");
    Objects.requireNonNull(phoneNumberId, "phoneNumberId");
    Objects.requireNonNull(displayPhoneNumber, "displayPhoneNumber");
    Objects.requireNonNull(wabaId, "wabaId");
    Objects.requireNonNull(flow, "flow");
    Objects.requireNonNull(businessPublicKey, "businessPublicKey");
    Objects.requireNonNull(appSecret, "appSecret");
    Objects.requireNonNull(sentAt, "sentAt");
  }

  /** The message id, user, flow and mode; never the key or the secret. */
  @Override
  public String toString() {
    return "ReceivedFlowMessage[" + wamid + " to " + userWaId + ", flow " + flow.flowId() + " (" + flow.flowName()
        + "), mode " + flow.mode() + ", action " + flow.flowAction() + "]";
  }
}
