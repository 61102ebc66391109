package dev.flowkit.webhook;

import static dev.flowkit.webhook.SpecPayloadsTest.envelope;
import static dev.flowkit.webhook.SpecPayloadsTest.messagesValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;

/** Broken bodies get a WebhookParseException that says what and where, and never quotes the body. */
class MalformedWebhookTest {

  private static ThrowableAssertAlternative<WebhookParseException> parsing(String body) {
    return assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> WebhookParser.parse(body));
  }

  private static String completion(String responseJsonLiteral) {
    return envelope("messages", messagesValue("\"messages\":[{\"from\":\"4477\",\"id\":\"wamid.R\",\"timestamp\":"
        + "\"1767226012\",\"type\":\"interactive\",\"interactive\":{\"type\":\"nfm_reply\",\"nfm_reply\":{\"name\":"
        + "\"flow\",\"body\":\"Sent\",\"response_json\":" + responseJsonLiteral + "}}}]"));
  }

  @Test
  void text_that_is_not_json_is_refused_with_its_position_but_not_its_content() {
    parsing("{\"object\": hunter2}")
        .withMessage("the body is not valid JSON at line 1, column 12 (or repeats a key, or has text after its end) (at $)")
        .satisfies(e -> assertThat(e.getCause()).isNull());
  }

  @Test
  void an_empty_body_is_refused() {
    assertThatExceptionOfType(WebhookParseException.class)
        .isThrownBy(() -> WebhookParser.parse(new byte[0]))
        .withMessageStartingWith("the body is empty");
  }

  @Test
  void text_after_the_json_and_repeated_keys_are_refused() {
    parsing("{\"object\":\"whatsapp_business_account\",\"entry\":[]} {}").withMessageContaining("not valid JSON");
    parsing("{\"object\":\"whatsapp_business_account\",\"object\":\"page\",\"entry\":[]}")
        .withMessageContaining("not valid JSON");
  }

  @Test
  void a_body_that_is_not_an_object_is_refused() {
    parsing("[]").withMessage("expected a JSON object, found an array (at $)");
  }

  @Test
  void another_object_than_a_whatsapp_business_account_is_refused() {
    parsing("{\"object\":\"page\",\"entry\":[]}")
        .withMessageStartingWith("\"object\" must be \"whatsapp_business_account\"")
        .satisfies(e -> assertThat(e.path()).isEqualTo("$.object"));
    parsing("{\"entry\":[]}").withMessage("\"object\" is missing; expected a string (at $.object)");
  }

  @Test
  void the_envelope_must_have_an_entry_array_of_objects_with_ids_and_changes_with_field_and_value() {
    parsing("{\"object\":\"whatsapp_business_account\"}").withMessage("\"entry\" is missing; expected an array (at $.entry)");
    parsing("{\"object\":\"whatsapp_business_account\",\"entry\":{}}")
        .withMessage("\"entry\" must be an array, found an object (at $.entry)");
    parsing("{\"object\":\"whatsapp_business_account\",\"entry\":[42]}")
        .withMessage("expected a JSON object, found a number (at $.entry[0])");
    parsing("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[]}]}")
        .satisfies(e -> assertThat(e.path()).isEqualTo("$.entry[0].id"));
    parsing("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"value\":{}}]}]}")
        .satisfies(e -> assertThat(e.path()).isEqualTo("$.entry[0].changes[0].field"));
    parsing("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"x\","
        + "\"value\":\"text\"}]}]}").withMessage("expected a JSON object, found a string (at $.entry[0].changes[0].value)");
  }

  @Test
  void a_messages_change_needs_its_metadata() {
    parsing(envelope("messages", "{\"messaging_product\":\"whatsapp\",\"statuses\":[]}"))
        .satisfies(e -> assertThat(e.path()).isEqualTo("$.entry[0].changes[0].value.metadata"));
  }

  @Test
  void a_status_without_an_id_or_with_a_bad_timestamp_names_the_spot() {
    parsing(envelope("messages", messagesValue("\"statuses\":[{\"status\":\"sent\",\"timestamp\":\"1\","
        + "\"recipient_id\":\"4477\"}]")))
        .withMessage("\"id\" is missing; expected a string (at $.entry[0].changes[0].value.statuses[0].id)");
    parsing(envelope("messages", messagesValue("\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":"
        + "\"yesterday\",\"recipient_id\":\"4477\"}]")))
        .withMessage("\"timestamp\" must be Unix seconds (digits), found a string of other characters "
            + "(at $.entry[0].changes[0].value.statuses[0].timestamp)");
  }

  @Test
  void a_status_error_with_a_text_code_is_refused() {
    parsing(envelope("messages", messagesValue("\"statuses\":[{\"id\":\"w\",\"status\":\"failed\",\"timestamp\":"
        + "\"1\",\"recipient_id\":\"4477\",\"errors\":[{\"code\":\"131026\",\"title\":\"t\"}]}]")))
        .withMessage("\"code\" must be an integer, found a string "
            + "(at $.entry[0].changes[0].value.statuses[0].errors[0].code)");
  }

  @Test
  void a_completion_whose_response_json_is_not_json_is_refused_without_quoting_what_the_user_typed() {
    parsing(completion("\"{\\\"pin\\\": 4321x99, \\\"flow_token\\\":\\\"t\\\"}\""))
        .satisfies(e -> assertThat(e.path()).isEqualTo("$.entry[0].changes[0].value.messages[0].interactive.nfm_reply.response_json"))
        .satisfies(e -> assertThat(e.getMessage()).startsWith("response_json is not valid JSON at line 1")
            .doesNotContain("4321").doesNotContain("pin"));
  }

  @Test
  void a_completion_whose_response_json_is_not_an_object_or_not_a_string_is_refused() {
    parsing(completion("\"[1,2]\"")).withMessageStartingWith("response_json must hold a JSON object, found an array");
    parsing(completion("{\"flow_token\":\"t\"}"))
        .withMessageStartingWith("\"response_json\" must be a string, found an object");
  }

  @Test
  void a_flow_alert_with_a_text_threshold_is_refused() {
    parsing(envelope("flows", "{\"event\":\"ENDPOINT_LATENCY\",\"flow_id\":\"7\",\"threshold\":\"5000\","
        + "\"alert_state\":\"ACTIVATED\"}"))
        .withMessage("\"threshold\" must be a number, found a string (at $.entry[0].changes[0].value.threshold)");
  }

  @Test
  void a_known_flows_event_without_a_flow_id_is_refused() {
    parsing(envelope("flows", "{\"event\":\"FLOW_STATUS_CHANGE\",\"new_status\":\"DRAFT\"}"))
        .withMessage("\"flow_id\" is missing; expected a string (at $.entry[0].changes[0].value.flow_id)");
    parsing(envelope("flows", "{\"flow_id\":\"7\"}"))
        .withMessage("\"event\" is missing; expected a string (at $.entry[0].changes[0].value.event)");
  }

  @Test
  void invalid_utf8_is_refused() {
    byte[] body = "{\"object\":\"whatsapp_business_account\",\"entry\":[],\"x\":\"\u00e4\"}"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThatExceptionOfType(WebhookParseException.class).isThrownBy(() -> WebhookParser.parse(body))
        .withMessageContaining("not valid JSON");
  }
}
