package dev.flowkit.mock.testing;

import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import java.time.Duration;
import java.util.List;

/**
 * A mock platform with three loopback webhook receivers a test sets as callbacks (the app's, a WABA override's and
 * a phone number override's, verify tokens {@code app-token}, {@code waba-token} and {@code number-token}), a Graph
 * client pointed at it, and where the status webhooks of one text message went: the precedence of spec section 6.1
 * seen from outside.
 */
public final class CallbackTrio implements AutoCloseable {

  /** The app secret the platform signs with and the receivers check. */
  public static final String SECRET = "00112233445566778899aabbccddeeff";
  /** The user text messages go to. */
  public static final String USER = "447700900123";

  public final Callback app = new Callback(SECRET, "app-token");
  public final Callback waba = new Callback(SECRET, "waba-token");
  public final Callback number = new Callback(SECRET, "number-token");
  public final MockWhatsApp whatsapp;
  public final GraphApiClient client;

  /** {@code appCallback}: whether the platform starts with {@link #app} as the app's callback URL. */
  public CallbackTrio(boolean appCallback) {
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(SECRET)
        .callbackUrl(appCallback ? app.url() : null).build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
  }

  /** Sends a text message (two status webhooks: sent, delivered) and answers the URLs they were delivered to. */
  public List<String> sendAndCollect() {
    whatsapp.webhookJournal().clear();
    client.sendText(whatsapp.phoneNumberId(), USER, "hi");
    return deliveredTo(2);
  }

  /** The targets of the first {@code count} webhooks delivered, once they are. */
  public List<String> deliveredTo(int count) {
    return whatsapp.webhookJournal().awaitState(DeliveryState.DELIVERED, count, Duration.ofSeconds(10)).stream()
        .map(Delivery::target).map(t -> t.orElseThrow().toString()).toList();
  }

  @Override
  public void close() {
    whatsapp.close();
    app.close();
    waba.close();
    number.close();
  }
}
