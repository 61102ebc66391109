package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.AppSecret;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * An endpoint stopped and started again on the same port, as a test restarting its app between scenarios does:
 * the phone's pooled keep-alive connection to the old server is closed, and the next session must neither fail on
 * it nor send its request twice; a live connection that merely sat idle is still reused.
 */
class EndpointRestartTest {

  private final AtomicInteger connects = new AtomicInteger();
  private final OkHttpClient http = new OkHttpClient.Builder().eventListener(new EventListener() {
    @Override
    public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
      connects.incrementAndGet();
    }
  }).build();

  private FlowSession open(BookingEndpoint endpoint) {
    return SimulatedPhone.standalone().flow(FlowSessionStandaloneTest.BOOKING).endpoint(endpoint.url())
        .businessPublicKey(endpoint.publicPem()).appSecret(AppSecret.of(BookingEndpoint.SECRET))
        .flowToken("tok-restart").httpClient(http).dataExchange().open();
  }

  /** Longer than the idle time after which a pooled connection is looked at before it is reused. */
  private static void idle() throws InterruptedException {
    Thread.sleep(StaleConnectionCheck.IDLE_MILLIS * 4);
  }

  @Test
  void a_session_after_the_endpoint_restarted_on_the_same_port_reaches_the_new_one_once() throws Exception {
    int port;
    try (BookingEndpoint first = new BookingEndpoint()) {
      assertThat(open(first).screen().id()).isEqualTo("PICK");
      port = first.url().getPort();
    }
    idle();
    try (BookingEndpoint again = new BookingEndpoint(port)) {
      FlowSession session = open(again);

      assertThat(session.screen().id()).isEqualTo("PICK");
      assertThat(again.actions()).containsExactly("INIT");
      assertThat(session.transcript().exchanges()).singleElement()
          .satisfies(exchange -> assertThat(exchange.attempts()).hasSize(1));
      assertThat(connects).hasValue(2);
    }
  }

  @Test
  void a_live_connection_that_sat_idle_is_reused() throws Exception {
    try (BookingEndpoint endpoint = new BookingEndpoint()) {
      FlowSession session = open(endpoint);
      idle();
      session.select("slot", "mon").tapFooter();

      assertThat(session.screen().id()).isEqualTo("DETAILS");
      assertThat(endpoint.actions()).containsExactly("INIT", "data_exchange");
      assertThat(connects).hasValue(1);
    }
  }
}
