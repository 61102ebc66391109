package dev.flowkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FlowResponseTest {

  @Test
  void next_writes_screen_and_data() {
    assertThat(FlowResponse.next("PICK_SLOT", Map.of("is_slot_enabled", true)).toJson())
        .isEqualTo("{\"screen\":\"PICK_SLOT\",\"data\":{\"is_slot_enabled\":true}}");
    assertThat(FlowResponse.next("DONE").toJson()).isEqualTo("{\"screen\":\"DONE\",\"data\":{}}");
  }

  @Test
  void close_puts_the_flow_token_into_the_params_of_success() {
    FlowResponse close = FlowResponse.close("tok-1");

    assertThat(close.screen()).isEqualTo(FlowResponse.SUCCESS);
    assertThat(close.toJson()).isEqualTo(
        "{\"screen\":\"SUCCESS\",\"data\":{\"extension_message_response\":{\"params\":{\"flow_token\":\"tok-1\"}}}}");
  }

  @Test
  void close_refuses_an_empty_token_and_a_second_token_in_the_params() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlowResponse.close(""))
        .withMessageContaining("params.flow_token");
    assertThatIllegalArgumentException().isThrownBy(() -> FlowResponse.close("a", Map.of("flow_token", "b")))
        .withMessageContaining("first argument");
  }

  @Test
  void a_blank_screen_is_refused() {
    assertThatIllegalArgumentException().isThrownBy(() -> FlowResponse.next(" ")).withMessage("a response needs a screen id");
  }

  @Test
  void data_handed_out_is_a_copy_and_to_string_shows_no_data() {
    FlowResponse response = FlowResponse.stay("PIN", "wrong pin", Map.of("pin", "1234"));

    response.data().put("pin", "0000");

    assertThat(response.data().get("pin").asString()).isEqualTo("1234");
    assertThat(response.data().get("error_message").asString()).isEqualTo("wrong pin");
    assertThat(response.toString()).isEqualTo("FlowResponse[PIN, 2 data field(s)]").doesNotContain("1234");
  }
}
