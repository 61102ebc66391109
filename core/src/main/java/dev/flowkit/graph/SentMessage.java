package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The answer to a send (spec/platform.md section 4.2): accepted, not yet delivered.
 *
 * @param contacts {@code contacts}: the recipient as given and its WhatsApp id
 * @param messages {@code messages}: the message ids
 */
public record SentMessage(List<Contact> contacts, List<Message> messages) {

  /** Nothing may be null. */
  public SentMessage {
    contacts = List.copyOf(contacts);
    messages = List.copyOf(messages);
  }

  /** The id ({@code wamid.…}) of the message sent. */
  public String messageId() {
    return messages.isEmpty() ? "" : messages.get(0).id();
  }

  /**
   * A recipient.
   *
   * @param input {@code input}, the number as sent
   * @param waId {@code wa_id}, the normalised WhatsApp id
   */
  public record Contact(String input, String waId) {
    /** Nothing may be null. */
    public Contact {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(waId, "waId");
    }
  }

  /**
   * A sent message.
   *
   * @param id {@code id}, a {@code wamid.}
   * @param messageStatus {@code message_status}, e.g. {@code accepted}; often absent
   */
  public record Message(String id, Optional<String> messageStatus) {
    /** Nothing may be null. */
    public Message {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(messageStatus, "messageStatus");
    }
  }

  static SentMessage from(JsonNode node) {
    return new SentMessage(
        Nodes.list(node, "contacts", c -> new Contact(Nodes.textOrEmpty(c, "input"), Nodes.textOrEmpty(c, "wa_id"))),
        Nodes.list(node, "messages", m -> new Message(Nodes.textOrEmpty(m, "id"), Nodes.text(m, "message_status"))));
  }
}
