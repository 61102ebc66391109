package dev.flowkit.junit.assertions;

import static dev.flowkit.junit.assertions.Failures.messageOf;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.mock.phone.EndpointChannel;
import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointKeySource;
import dev.flowkit.mock.phone.EndpointMask;
import dev.flowkit.mock.phone.EndpointOutcome;
import dev.flowkit.mock.phone.EndpointRequest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The exchange and endpoint-transcript assertions on a real channel talking encrypted to the shop's endpoint. */
class EndpointExchangeAssertTest {

  static final Shop shop = Shop.shared();

  private static EndpointChannel channel() {
    return EndpointChannel.builder().endpoint(shop.endpointUrl()).keys(EndpointKeySource.fixed(shop.keys.getPublic()))
        .appSecret(AppSecret.of(Shop.SECRET)).flow(FlowJsonMapper.read(Shop.FLOW)).flowToken("order-7").build();
  }

  private static ObjectNode details(String name, String pin) {
    return JsonMapper.shared().createObjectNode().put("name", name).put("email", "ada@example.com").put("pin", pin);
  }

  @Test
  void one_exchange_by_status_action_screens_and_outcome() {
    EndpointExchange init = channel().send(EndpointRequest.init());
    EndpointExchange rejected = channel().send(EndpointRequest.dataExchange("DETAILS", details("expired", "1111")));

    assertThat(init).hasStatus(200).hasAction("INIT").hasResponseScreen("DETAILS")
        .hasOutcome(EndpointOutcome.NextScreen.class);
    assertThat(rejected).hasStatus(427).hasAction("data_exchange").hasScreen("DETAILS")
        .hasOutcome(EndpointOutcome.FlowTokenRejected.class);
    assertThat(messageOf(() -> assertThat(init).hasStatus(427))).isEqualTo("""
        Expected HTTP status 427 but it was 200
        --- the exchange ---
        #1 <time> INIT [200 in <n> ms] -> screen DETAILS (<n> ms)
          request:  {"version":"3.0","action":"INIT","screen":"","data":{},"flow_token":"order-7"}
          response: {"screen":"DETAILS","data":{}}
        """);
    assertThat(messageOf(() -> assertThat(init).hasScreen("DETAILS"))).startsWith("""
        Expected the request screen DETAILS but it was none
        --- the exchange ---
        """);
    assertThat(messageOf(() -> assertThat(rejected).hasOutcome(EndpointOutcome.NextScreen.class))).startsWith("""
        Expected the outcome NextScreen but it was FlowTokenRejected (flow token rejected (427, encrypted body): \
        "This order has expired"; the flow closes and the message's button is disabled)
        --- the exchange ---
        """);
  }

  @Test
  void a_failure_masks_the_sensitive_fields_of_the_exchange() {
    EndpointChannel channel = EndpointChannel.builder().endpoint(shop.endpointUrl())
        .keys(EndpointKeySource.fixed(shop.keys.getPublic())).appSecret(AppSecret.of(Shop.SECRET))
        .flow(FlowJsonMapper.read(Shop.FLOW)).flowToken("order-7").mask(EndpointMask.fields("pin")).build();
    EndpointExchange wrong = channel.send(EndpointRequest.dataExchange("DETAILS", details("Ada", "9753")));

    String message = messageOf(() -> assertThat(wrong).hasResponseScreen("CONFIRMED"));

    assertThat(message).startsWith("Expected the response screen CONFIRMED but it was DETAILS\n--- the exchange ---\n")
        .contains("\"pin\":\"***\"").doesNotContain("9753");
  }

  @Test
  void an_endpoint_transcript_by_count_actions_and_screens_down_to_one_exchange() {
    EndpointChannel channel = channel();
    channel.send(EndpointRequest.init());
    channel.send(EndpointRequest.dataExchange("DETAILS", details("Ada", "2468")));

    assertThat(channel.transcript()).hasExchangeCount(2).hasActions("INIT", "data_exchange").hasScreens("DETAILS")
        .hasResponseScreens("DETAILS", "CONFIRMED").exchange(1).hasStatus(200).hasResponseScreen("CONFIRMED");
    assertThat(messageOf(() -> assertThat(channel.transcript()).hasExchangeCount(3))).isEqualTo("""
        Expected 3 endpoint exchange(s) but there were 2
        --- endpoint transcript, last 2 of 2 exchange(s) ---
        #1 <time> INIT [200 in <n> ms] -> screen DETAILS (<n> ms)
          request:  {"version":"3.0","action":"INIT","screen":"","data":{},"flow_token":"order-7"}
          response: {"screen":"DETAILS","data":{}}
        #2 <time> data_exchange on DETAILS [200 in <n> ms] -> screen CONFIRMED (<n> ms)
          request:  {"version":"3.0","action":"data_exchange","screen":"DETAILS","data":{"name":"Ada","email":"ada@example.com","pin":"***"},"flow_token":"order-7"}
          response: {"screen":"CONFIRMED","data":{"greeting":"Welcome, Ada","order":"A-1"}}
        """);
    assertThat(messageOf(() -> assertThat(channel.transcript()).exchange(2))).startsWith("""
        Expected an endpoint exchange at index 2 but there are 2
        --- endpoint transcript, last 2 of 2 exchange(s) ---
        """);
  }
}
