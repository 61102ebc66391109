package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example route group: WABA and phone-number reads over real HTTP, as a route group's test is written. */
class AccountReadsTest {

  static MockWhatsApp whatsapp;
  static String v21;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().tenant("Other Co").build());
    v21 = whatsapp.baseUrl() + "/v21.0/";
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @Test
  void waba_answers_its_default_fields() {
    Reply reply = Http.get(v21 + whatsapp.wabaId(), whatsapp.accessToken());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().propertyNames()).containsExactly("id", "name", "timezone_id",
        "message_template_namespace");
    assertThat(reply.body().get("id").asString()).isEqualTo(whatsapp.wabaId());
  }

  @Test
  void waba_answers_only_the_fields_asked_for_and_always_its_id() {
    Reply reply = Http.get(v21 + whatsapp.wabaId() + "?fields=name", whatsapp.accessToken());

    assertThat(reply.body().propertyNames()).containsExactlyInAnyOrder("name", "id");
  }

  @Test
  void phone_numbers_edge_lists_the_seeded_number() {
    Reply reply = Http.get(v21 + whatsapp.wabaId() + "/phone_numbers", whatsapp.accessToken());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("data")).hasSize(1);
    JsonAssertions.hasText(reply.body().get("data").get(0), "id", whatsapp.phoneNumberId());
    JsonAssertions.hasText(reply.body().get("data").get(0), "display_phone_number", whatsapp.displayPhoneNumber());
  }

  @Test
  void phone_number_node_answers_the_fields_asked_for() {
    Reply reply = Http.get(v21 + whatsapp.phoneNumberId() + "?fields=verified_name,quality_rating",
        whatsapp.accessToken());

    assertThat(reply.body().propertyNames()).containsExactlyInAnyOrder("verified_name", "quality_rating", "id");
    JsonAssertions.hasText(reply.body(), "quality_rating", "GREEN");
  }

  @Test
  void unknown_field_is_refused_with_the_node_type() {
    Reply reply = Http.get(v21 + whatsapp.phoneNumberId() + "?fields=colour", whatsapp.accessToken());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).isEqualTo(100);
    assertThat(reply.error().get("message").asString())
        .isEqualTo("(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppBusinessPhoneNumber)");
  }

  @Test
  void another_tenants_waba_does_not_exist_for_this_token() {
    String otherWaba = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants").body().get("data").get(1)
        .get("waba_id").asString();

    Reply reply = Http.get(v21 + otherWaba, whatsapp.accessToken());

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).isEqualTo(100);
    assertThat(reply.error().get("error_subcode").asInt()).isEqualTo(33);
    assertThat(reply.error().get("type").asString()).isEqualTo("GraphMethodException");
    assertThat(reply.error().get("message").asString()).startsWith("Unsupported get request. Object with ID '"
        + otherWaba + "' does not exist");
  }
}
