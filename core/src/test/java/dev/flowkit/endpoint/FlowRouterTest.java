package dev.flowkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FlowRouterTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static FlowRequest request(String json) {
    return FlowRequest.from(JSON.readTree(json));
  }

  private final FlowRouter router = FlowRouter.builder()
      .init(request -> FlowResponse.next("FROM_INIT"))
      .dataExchange("A", request -> FlowResponse.next("FROM_A"))
      .dataExchange(request -> FlowResponse.next("FROM_ANY_EXCHANGE"))
      .back("A", request -> FlowResponse.next("BACK_ON_A"))
      .back(request -> FlowResponse.next("BACK_ANYWHERE"))
      .otherwise(request -> FlowResponse.next("OTHERWISE"))
      .build();

  private String screenFor(String json) throws Exception {
    return router.handle(request(json)).screen();
  }

  @Test
  void routes_by_action_then_screen_with_fallbacks() throws Exception {
    assertThat(screenFor("{\"action\":\"INIT\",\"screen\":\"\"}")).isEqualTo("FROM_INIT");
    assertThat(screenFor("{\"action\":\"data_exchange\",\"screen\":\"A\"}")).isEqualTo("FROM_A");
    assertThat(screenFor("{\"action\":\"data_exchange\",\"screen\":\"B\"}")).isEqualTo("FROM_ANY_EXCHANGE");
    assertThat(screenFor("{\"action\":\"data_exchange\"}")).isEqualTo("FROM_ANY_EXCHANGE");
    assertThat(screenFor("{\"action\":\"BACK\",\"screen\":\"A\"}")).isEqualTo("BACK_ON_A");
    assertThat(screenFor("{\"action\":\"BACK\"}")).isEqualTo("BACK_ANYWHERE");
    assertThat(screenFor("{\"action\":\"navigate\",\"screen\":\"A\"}")).isEqualTo("OTHERWISE");
    assertThat(screenFor("{\"action\":\"future_action\"}")).isEqualTo("OTHERWISE");
  }

  @Test
  void a_missing_route_names_the_action_and_screen() {
    FlowRouter empty = FlowRouter.builder().build();

    assertThatIllegalStateException().isThrownBy(() -> empty.handle(request("{\"action\":\"BACK\",\"screen\":\"S\"}")))
        .withMessage("no route for BACK on screen S: add one to the FlowRouter");
  }

  @Test
  void requests_read_the_spec_shapes_and_print_no_data_or_token() {
    FlowRequest request = request("{\"version\":\"4.0\",\"action\":\"data_exchange\",\"screen\":\"DETAILS\","
        + "\"data\":{\"name\":\"Ada\"},\"flow_token\":\"bk-77aa\",\"flow_token_signature\":\"a.b.c\"}");

    assertThat(request.action()).isEqualTo(FlowRequest.Action.DATA_EXCHANGE);
    assertThat(request.version()).isEqualTo("4.0");
    assertThat(request.screen()).hasValue("DETAILS");
    assertThat(request.dataString("name")).hasValue("Ada");
    assertThat(request.flowToken()).hasValue("bk-77aa");
    assertThat(request.flowTokenSignature()).hasValue("a.b.c");
    assertThat(request.toString()).doesNotContain("Ada").doesNotContain("bk-77aa");
  }
}
