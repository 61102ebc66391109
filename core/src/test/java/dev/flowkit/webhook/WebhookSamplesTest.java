package dev.flowkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignatureException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every pywa sample (real webhooks, anonymised) parses into the events it holds. */
class WebhookSamplesTest {

  static List<String> allCases() {
    return WebhookSamples.allCases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allCases")
  void every_sample_parses_into_known_events_one_per_message_or_status(String fileAndCase) {
    String file = fileAndCase.substring(0, fileAndCase.indexOf('#'));
    String name = fileAndCase.substring(fileAndCase.indexOf('#') + 1);
    JsonNode value = WebhookSamples.file(file).get(name).get("entry").get(0).get("changes").get(0).get("value");
    int expected = value.path("messages").size() + value.path("statuses").size() + (value.has("errors") ? 1 : 0);

    WebhookNotification notification = WebhookParser.parse(WebhookSamples.body(file, name));

    assertThat(notification.object()).isEqualTo("whatsapp_business_account");
    assertThat(notification.events()).hasSize(expected).noneMatch(UnknownEvent.class::isInstance);
    assertThat(notification.events()).allSatisfy(event ->
        assertThat(event.businessAccountId()).isEqualTo(WebhookSamples.file(file).get(name).get("entry").get(0).get("id").asString()));
  }

  @Test
  void a_flow_completion_carries_token_context_sender_and_the_parsed_response() {
    FlowCompletion completion = only(FlowCompletion.class, WebhookSamples.body("flow_completion.json", "completion"));

    assertThat(completion.flowToken()).contains("AQAAAAACS5FpgQ_cAAAAAD0QI3s.");
    assertThat(completion.contextMessageId()).contains("wamid.gvwegfretge==");
    assertThat(completion.messageId()).isEqualTo("wamid.wegrchytvwcggt==");
    assertThat(completion.timestamp()).isEqualTo(Instant.ofEpochSecond(1702502473));
    assertThat(completion.sender()).isEqualTo(new Sender("972987654321", Optional.of("Test Name"),
        Optional.of("US.13491208655302741918")));
    assertThat(completion.phone()).isEqualTo(new BusinessPhone("1122334455667", "972123456789"));
    assertThat(completion.businessAccountId()).isEqualTo("1234567890987654321");
    assertThat(completion.response().get("comment_text").asString()).isEqualTo("Comment Text");
    assertThat(completion.response().get("delivery_rating").asString()).isEqualTo("4");
    assertThat(completion.response().propertyNames())
        .containsExactly("comment_text", "delivery_rating", "flow_token", "purchase_rating", "recommend_radio", "cs_rating");
  }

  @Test
  void a_completion_without_flow_token_from_ios_still_parses() {
    FlowCompletion completion = only(FlowCompletion.class,
        WebhookSamples.body("flow_completion.json", "without_flow_token"));

    assertThat(completion.flowToken()).isEmpty();
    assertThat(completion.response().propertyNames())
        .containsExactly("comment_text", "delivery_rating", "purchase_rating", "recommend_radio", "cs_rating");
  }

  @Test
  void a_completion_prints_the_response_field_names_but_not_the_values() {
    FlowCompletion completion = only(FlowCompletion.class, WebhookSamples.body("flow_completion.json", "completion"));

    assertThat(completion.toString()).contains("comment_text", "cs_rating").doesNotContain("Comment Text");
  }

  @Test
  void statuses_map_to_their_enum_values() {
    assertThat(only(MessageStatus.class, WebhookSamples.body("message_status.json", "sent")).status())
        .isEqualTo(MessageStatus.Status.SENT);
    assertThat(only(MessageStatus.class, WebhookSamples.body("message_status.json", "delivered")).status())
        .isEqualTo(MessageStatus.Status.DELIVERED);
    assertThat(only(MessageStatus.class, WebhookSamples.body("message_status.json", "read")).status())
        .isEqualTo(MessageStatus.Status.READ);
    assertThat(only(MessageStatus.class, WebhookSamples.body("message_status.json", "played")).status())
        .isEqualTo(MessageStatus.Status.PLAYED);
  }

  @Test
  void a_sent_status_keeps_ids_time_and_the_opaque_pricing() {
    MessageStatus sent = only(MessageStatus.class, WebhookSamples.body("message_status.json", "with_tracker"));

    assertThat(sent.messageId()).isEqualTo("wamid.xyzxyz");
    assertThat(sent.recipientId()).isEqualTo("972987654321");
    assertThat(sent.timestamp()).isEqualTo(Instant.ofEpochSecond(1698266945));
    assertThat(sent.callbackData()).contains("some data");
    assertThat(sent.errors()).isEmpty();
    assertThat(sent.json().get("pricing").get("pricing_model").asString()).isEqualTo("CBP");
  }

  @Test
  void a_failed_status_carries_its_errors() {
    MessageStatus failed = only(MessageStatus.class, WebhookSamples.body("message_status.json", "failed"));

    assertThat(failed.status()).isEqualTo(MessageStatus.Status.FAILED);
    assertThat(failed.callbackData()).isEmpty();
    assertThat(failed.errors()).containsExactly(new WebhookError(130472, "User's number is part of an experiment",
        Optional.of("User's number is part of an experiment"),
        Optional.of("Failed to send message because this user's phone number is part of an experiment"),
        Optional.of("https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/")));
  }

  @Test
  void a_group_status_keeps_the_group_as_recipient_and_the_participant_in_the_json() {
    MessageStatus read = only(MessageStatus.class, WebhookSamples.body("message_status.json", "group"));

    assertThat(read.recipientId()).isEqualTo("fowefinoewcnw");
    assertThat(read.json().get("recipient_participant_user_id").asString()).isEqualTo("US.123456");
  }

  @Test
  void other_user_messages_arrive_as_incoming_messages_with_type_and_context() {
    IncomingMessage button = only(IncomingMessage.class, WebhookSamples.body("callback_button.json", "button"));
    IncomingMessage text = only(IncomingMessage.class, WebhookSamples.body("message.json", "text"));

    assertThat(button.type()).isEqualTo("interactive");
    assertThat(button.contextMessageId()).contains("wamid.xyzxyz");
    assertThat(button.json().get("interactive").get("button_reply").get("id").asString()).isEqualTo("callback_data");
    assertThat(text.type()).isEqualTo("text");
    assertThat(text.contextMessageId()).isEmpty();
    assertThat(text.json().get("text").get("body").asString()).isEqualTo("Body Text");
  }

  @Test
  void the_sender_user_id_falls_back_to_the_messages_from_user_id_and_the_name_to_empty() {
    IncomingMessage reply = only(IncomingMessage.class,
        WebhookSamples.body("callback_button.json", "quick_reply_without_context"));
    IncomingMessage changed = only(IncomingMessage.class, WebhookSamples.body("system.json", "phone_number_change"));

    assertThat(reply.sender().userId()).contains("US.13491208655302741918");
    assertThat(changed.sender()).isEqualTo(new Sender("972987654321", Optional.empty(), Optional.empty()));
    assertThat(changed.type()).isEqualTo("system");
  }

  @Test
  void errors_at_value_level_become_a_messaging_errors_event_next_to_the_message() {
    WebhookNotification notification = WebhookParser.parse(
        WebhookSamples.body("message.json", "interactive_message_with_err"));

    assertThat(notification.eventsOf(IncomingMessage.class)).singleElement()
        .satisfies(message -> assertThat(message.type()).isEqualTo("interactive"));
    assertThat(notification.eventsOf(MessagingErrors.class)).singleElement()
        .satisfies(errors -> assertThat(errors.errors()).containsExactly(new WebhookError(131000,
            "Something went wrong", Optional.of("Something went wrong"), Optional.of("Unsupported webhook payload"),
            Optional.empty())));
  }

  @Test
  void the_pywa_signed_body_verifies_and_parses_and_one_changed_byte_does_not() {
    JsonNode vector = WebhookSamples.file("signed_webhook_pywa.json");
    WebhookVerifier verifier = WebhookVerifier.create(AppSecret.of(vector.get("app_secret").asString()), "token");
    byte[] body = vector.get("raw_body").asString().getBytes(StandardCharsets.UTF_8);
    String header = vector.get("x_hub_signature_256").asString();

    IncomingMessage text = only(IncomingMessage.class, verifier.verifyAndParse(body, header));
    assertThat(text.json().get("text").get("body").asString()).isEqualTo("Hey there! I am using PyWa.");
    assertThat(text.sender().name()).contains("PyWa Tests");

    byte[] changed = body.clone();
    changed[changed.length - 3] = ' ';
    assertThatExceptionOfType(HubSignatureException.class)
        .isThrownBy(() -> verifier.verifyAndParse(changed, header))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MISMATCH));
  }

  static <T extends WebhookEvent> T only(Class<T> type, byte[] body) {
    return only(type, WebhookParser.parse(body));
  }

  static <T extends WebhookEvent> T only(Class<T> type, WebhookNotification notification) {
    assertThat(notification.events()).singleElement().isInstanceOf(type);
    return type.cast(notification.events().get(0));
  }
}
