package dev.flowkit.mock.phone;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The mock platform as a connected {@link SimulatedPhone} sees it: {@link InJvmPlatform} when the platform runs in
 * this JVM, {@link RemotePlatform} when it runs in another process and is reached through its control API. One
 * instance per phone (the {@code with...} copies of a phone share it); implementations are thread-safe.
 */
interface PhonePlatform {

  /** The flow messages user {@code waId} received, oldest first. */
  List<ReceivedFlowMessage> flowMessages(String waId);

  /**
   * Opens {@code wamid} on user {@code waId}'s phone, as {@link FlowMessageInbox#openOnPhone} does.
   *
   * @throws FlowMessageUnavailableException when it does not open, {@link
   *     FlowMessageUnavailableException.Reason#BUTTON_DISABLED} included
   */
  ReceivedFlowMessage open(String waId, String wamid);

  /** The business public key (PEM) the message's number holds now: the refetch after a 421. */
  Optional<String> businessPublicKey(ReceivedFlowMessage message);

  /**
   * Sends the completion as the business's {@code nfm_reply} webhook.
   *
   * @return the reply message's id
   */
  String completed(ReceivedFlowMessage message, JsonNode response);

  /** Counts one endpoint request in the metrics of flow {@code flowId}. Must not throw. */
  void recordTraffic(String flowId, EndpointMetrics.Sample sample);

  /** Whether a 427 disabled the message's button on this phone. */
  boolean isButtonDisabled(String waId, String wamid);

  /** The endpoint answered 427: the message's button is disabled from now on. */
  void disableButton(String wamid);
}
