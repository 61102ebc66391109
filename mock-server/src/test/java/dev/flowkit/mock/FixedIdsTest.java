package dev.flowkit.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * The default tenant's ids and verify token given in the configuration, so an app configured once works against
 * every fresh mock: they are the ids Graph answers with, they survive a reset, and generated ids never take them.
 */
class FixedIdsTest {

  private static final String WABA = "100000000000001";
  private static final String NUMBER = "100000000000002";

  private static MockWhatsAppConfig.Builder fixed() {
    return MockWhatsAppConfig.builder().wabaId(WABA).phoneNumberId(NUMBER).verifyToken("demo-verify")
        .accessToken("demo-token");
  }

  @Test
  void the_given_ids_are_the_platform_s_and_survive_a_reset() {
    try (MockWhatsApp whatsapp = MockWhatsApp.start(fixed().build())) {
      assertThat(whatsapp.wabaId()).isEqualTo(WABA);
      assertThat(whatsapp.phoneNumberId()).isEqualTo(NUMBER);
      assertThat(whatsapp.verifyToken()).isEqualTo("demo-verify");
      assertThat(Http.get(whatsapp.baseUrl() + "/v21.0/" + NUMBER, "demo-token").body().path("id").asString())
          .isEqualTo(NUMBER);

      GraphApiClient graph = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken("demo-token").build();
      String flowId = graph.createFlow(WABA, CreateFlowRequest.builder("sign up", FlowCategory.SIGN_UP).build()).id();
      assertThat(flowId).isNotIn(WABA, NUMBER);
      whatsapp.reset();
      assertThat(whatsapp.wabaId()).isEqualTo(WABA);
      assertThat(graph.listFlows(WABA).data()).isEmpty();
    }
  }

  @Test
  void a_malformed_id_or_token_is_refused_naming_it() {
    assertThatIllegalArgumentException().isThrownBy(() -> MockWhatsApp.start(fixed().wabaId("12ab").build()))
        .withMessage("the WABA id must be 1 to 20 digits");
    assertThatIllegalArgumentException().isThrownBy(() -> MockWhatsApp.start(fixed().phoneNumberId("").build()))
        .withMessage("the phone number id must be 1 to 20 digits");
    assertThatIllegalArgumentException().isThrownBy(() -> MockWhatsApp.start(fixed().verifyToken("a b").build()))
        .withMessage("the verify token must be 1 to 200 visible characters without spaces");
    assertThatIllegalArgumentException().isThrownBy(() -> MockWhatsApp.start(fixed().phoneNumberId(WABA).build()))
        .withMessage("the WABA id and the phone number id must differ, both are " + WABA);
  }

  @Test
  void another_tenant_cannot_take_an_id_in_use() {
    try (MockWhatsApp whatsapp = MockWhatsApp.start(fixed().build())) {
      Http.Reply clash = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants", "application/json",
          "{\"name\":\"Beta\",\"waba_id\":\"" + NUMBER + "\"}");
      assertThat(clash.status()).isEqualTo(400);
      assertThat(clash.error().path("error_user_msg").asString())
          .contains("the WABA id " + NUMBER + " is already the id of another object");

      Http.Reply beta = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants", "application/json",
          "{\"name\":\"Beta\",\"waba_id\":\"200000000000001\",\"verify_token\":\"beta-verify\"}");
      assertThat(beta.body().path("waba_id").asString()).isEqualTo("200000000000001");
      assertThat(beta.body().path("verify_token").asString()).isEqualTo("beta-verify");
    }
  }
}
