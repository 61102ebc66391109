package dev.flowkit.cucumber;

import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import org.jspecify.annotations.Nullable;

/**
 * The mock platform of a test run: started by the first scenario that needs it, with the business's app secret
 * and webhook URL from the settings, stopped when the JVM ends, and reset by each scenario that uses it.
 * Scenarios of one run share one settings object; scenarios with other settings restart it.
 */
final class PlatformRun {

  private static final Object LOCK = new Object();
  private static @Nullable PlatformRun current;

  final FlowKitSettings settings;
  final MockWhatsApp mock;
  final GraphApiClient graph;

  private PlatformRun(FlowKitSettings settings) {
    this.settings = settings;
    MockWhatsAppConfig.Builder config = MockWhatsAppConfig.builder();
    settings.appSecret().ifPresent(config::appSecret);
    settings.webhookUrl().ifPresent(url -> config.callbackUrl(url.toString()));
    this.mock = MockWhatsApp.start(config.build());
    this.graph = GraphApiClient.builder().baseUrl(mock.baseUrl()).accessToken(mock.accessToken()).build();
  }

  /** The run's platform, reset to its seed with the business public key registered again. */
  static PlatformRun resetFor(FlowKitSettings settings) {
    PlatformRun run;
    synchronized (LOCK) {
      if (current != null && !current.settings.equals(settings)) {
        current.mock.close();
        current = null;
      }
      if (current == null) {
        PlatformRun started = new PlatformRun(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(started.mock::close, "flowkit-platform-stop"));
        current = started;
      }
      run = current;
    }
    run.mock.reset();
    settings.publicKeyPem().ifPresent(pem -> run.graph.setBusinessPublicKey(run.mock.phoneNumberId(), pem));
    return run;
  }
}
