package dev.flowkit.mock.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.TenantSpec;
import dev.flowkit.mock.testing.Http;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where the platform's webhooks go, and the journal and faults on the control API. */
class PlatformWebhooksTest {

  private HttpServer receiver;
  private final BlockingQueue<String[]> received = new LinkedBlockingQueue<>();

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hook", exchange -> {
      try (exchange; InputStream in = exchange.getRequestBody()) {
        received.add(new String[] {new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
            exchange.getRequestHeaders().getFirst(HubSignature.HEADER)});
        exchange.sendResponseHeaders(200, -1);
      }
    });
    receiver.start();
  }

  @AfterEach
  void stopReceiver() {
    receiver.stop(0);
  }

  private String callback() {
    return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
  }

  @Test
  void a_webhook_goes_to_the_subscribed_app_signed_with_its_secret() throws InterruptedException {
    StateStore store = StateStore.open(null, Clock.systemUTC(),
        List.of(new TenantSpec("Acme", "acme_secret", null, callback())));
    String waba = store.tenants().get(0).waba().id();
    try (PlatformWebhooks webhooks = new PlatformWebhooks(store, WebhookDispatcher.builder().build())) {
      webhooks.send(waba, null, "flows",
          WebhookEnvelopes.flowCreated(waba, Instant.EPOCH, "771000000000001", "lead form", Optional.empty()));
      String[] got = received.poll(5, TimeUnit.SECONDS);
      assertThat(got).isNotNull();
      assertThat(got[0]).contains("\"flow_id\":\"771000000000001\"");
      assertThat(got[1]).isEqualTo(HubSignature.sign(got[0].getBytes(java.nio.charset.StandardCharsets.UTF_8),
          AppSecret.of("acme_secret")));
    }
  }

  @Test
  void no_target_without_a_callback_a_subscription_or_the_field() {
    StateStore store = StateStore.open(null, Clock.systemUTC(),
        List.of(new TenantSpec("Acme", null, null, callback()), TenantSpec.named("Beta")));
    String acme = store.tenants().get(0).waba().id();
    String beta = store.tenants().get(1).waba().id();
    assertThat(target(store, acme, "flows")).isPresent();
    assertThat(target(store, beta, "flows"))
        .as("Beta's app has no callback URL").isEmpty();
    store.update(s -> {
      App app = s.apps().get(store.tenants().get(0).app().id());
      s.apps().put(app.id(), new App(app.id(), app.businessId(), app.name(), app.secret(), app.callbackUrl(),
          app.verifyToken(), List.of("messages"), app.subscribedWabaIds()));
    });
    assertThat(target(store, acme, "flows"))
        .as("not subscribed to the flows field").isEmpty();
    assertThat(target(store, acme, "messages")).isPresent();
  }

  private static Optional<WebhookTarget> target(StateStore store, String waba, String field) {
    return store.read(s -> PlatformWebhooks.targetFor(s, waba, null, field));
  }

  @Test
  void the_journal_and_faults_are_on_the_control_api_and_reset_clears_them() {
    try (MockWhatsApp whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().callbackUrl(callback()).build())) {
      String base = whatsapp.baseUrl();
      Http.Reply set = Http.postNoAuth(base + "/_flowkit/webhooks/faults", "application/json",
          "{\"duplicate\": true, \"delay_ms\": 5, \"drop_rate\": \"0.5\"}");
      assertThat(set.status()).isEqualTo(200);
      assertThat(Http.getNoAuth(base + "/_flowkit/webhooks/faults").body().get("duplicate").asBoolean()).isTrue();
      assertThat(Http.postNoAuth(base + "/_flowkit/webhooks/faults", "application/json", "{\"drop_rate\": 2}")
          .error().get("code").asInt()).isEqualTo(100);
      assertThat(Http.getNoAuth(base + "/_flowkit/webhooks?kind=nonsense").error().get("code").asInt())
          .isEqualTo(100);
      assertThat(Http.getNoAuth(base + "/_flowkit/webhooks").body().get("data").size()).isZero();
      whatsapp.reset();
      assertThat(Http.getNoAuth(base + "/_flowkit/webhooks/faults").body().get("duplicate").asBoolean()).isFalse();
      assertThat(whatsapp.webhookJournal().all()).isEmpty();
    }
  }
}
