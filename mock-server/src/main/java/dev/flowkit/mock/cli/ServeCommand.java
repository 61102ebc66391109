package dev.flowkit.mock.cli;

import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code flowkit serve}: runs the mock WhatsApp platform until interrupted (Ctrl-C, SIGTERM, or an interrupt of the
 * calling thread when embedded), then stops it cleanly. Each option can also come from an environment variable.
 * Default port 8080 (0 picks a free one). Prints the base URL and the seeded ids, token and app secret: the mock's
 * own generated credentials, meant to be copied into the app under test.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the mock WhatsApp platform (fake Graph API) until interrupted.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--port", defaultValue = "${env:FLOWKIT_PORT:-8080}",
      description = "Port to listen on; 0 for a free one (env FLOWKIT_PORT, default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "${env:FLOWKIT_HOST:-127.0.0.1}",
      description = "Address to listen on (env FLOWKIT_HOST, default ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--callback-url", defaultValue = "${env:FLOWKIT_CALLBACK_URL}",
      description = "The app's webhook URL (env FLOWKIT_CALLBACK_URL).")
  @Nullable String callbackUrl;

  @Option(names = "--app-secret", defaultValue = "${env:FLOWKIT_APP_SECRET}",
      description = "The app secret that signs webhooks; generated when absent (env FLOWKIT_APP_SECRET).")
  @Nullable String appSecret;

  @Option(names = "--access-token", defaultValue = "${env:FLOWKIT_ACCESS_TOKEN}",
      description = "The access token to accept; generated when absent (env FLOWKIT_ACCESS_TOKEN).")
  @Nullable String accessToken;

  @Option(names = "--waba-id", paramLabel = "ID", defaultValue = "${env:FLOWKIT_WABA_ID}",
      description = "The WABA id, digits; generated when absent (env FLOWKIT_WABA_ID).")
  @Nullable String wabaId;

  @Option(names = "--phone-number-id", paramLabel = "ID", defaultValue = "${env:FLOWKIT_PHONE_NUMBER_ID}",
      description = "The phone number id, digits; generated when absent (env FLOWKIT_PHONE_NUMBER_ID).")
  @Nullable String phoneNumberId;

  @Option(names = "--verify-token", paramLabel = "T", defaultValue = "${env:FLOWKIT_VERIFY_TOKEN}",
      description = "The app's webhook verify token; generated when absent (env FLOWKIT_VERIFY_TOKEN).")
  @Nullable String verifyToken;

  @Option(names = "--data-dir", defaultValue = "${env:FLOWKIT_DATA_DIR}",
      description = "Persist state here (survives restarts); in memory when absent (env FLOWKIT_DATA_DIR).")
  @Nullable Path dataDir;

  @Option(names = "--edit-published-flows", defaultValue = "${env:FLOWKIT_EDIT_PUBLISHED_FLOWS:-false}",
      description = "Editing a published flow puts it back to DRAFT (newer model); default: refused (legacy).")
  boolean editPublishedFlows;

  @Option(names = "--refuse-unversioned", defaultValue = "${env:FLOWKIT_REFUSE_UNVERSIONED:-false}",
      description = "Refuse paths without a /vN.M prefix instead of serving them with the oldest version.")
  boolean refuseUnversioned;

  @Option(names = "--skip-publish-health-check", defaultValue = "${env:FLOWKIT_SKIP_PUBLISH_HEALTH_CHECK:-false}",
      description = "Publish endpoint flows without pinging their endpoint; default: ping it, as Meta does.")
  boolean skipPublishHealthCheck;

  @Option(names = "--customer-service-window", defaultValue = "${env:FLOWKIT_CUSTOMER_SERVICE_WINDOW:-false}",
      description = "Refuse free-form messages (131047) unless the user wrote in the last 24 hours; default: off.")
  boolean customerServiceWindow;

  @Option(names = "--manual-template-approval", defaultValue = "${env:FLOWKIT_MANUAL_TEMPLATE_APPROVAL:-false}",
      description = "Keep new templates PENDING until approved through the control API; default: approved at once.")
  boolean manualTemplateApproval;

  @Option(names = "--tenant", paramLabel = "NAME",
      description = "Also create a tenant (business, WABA, number, app, token) named NAME; repeatable.")
  List<String> tenants = new ArrayList<>();

  @Override
  public Integer call() {
    MockWhatsAppConfig config = MockWhatsAppConfig.builder().host(host).port(port).callbackUrl(blankToNull(callbackUrl))
        .appSecret(blankToNull(appSecret)).accessToken(blankToNull(accessToken)).dataDir(dataDir)
        .editPublishedFlows(editPublishedFlows).serveUnversionedPaths(!refuseUnversioned)
        .publishHealthCheck(!skipPublishHealthCheck).customerServiceWindow(customerServiceWindow)
        .autoApproveTemplates(!manualTemplateApproval).tenants(tenants).wabaId(blankToNull(wabaId))
        .phoneNumberId(blankToNull(phoneNumberId)).verifyToken(blankToNull(verifyToken)).build();
    PrintWriter out = spec.commandLine().getOut();
    CountDownLatch stopped = new CountDownLatch(1);
    MockWhatsApp whatsapp;
    try {
      whatsapp = MockWhatsApp.start(config);
    } catch (IllegalArgumentException e) {
      // a malformed or clashing --waba-id, --phone-number-id or --verify-token (the message names which)
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    try {
      Thread hook = new Thread(() -> {
        whatsapp.close();
        stopped.countDown();
      }, "flowkit-serve-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("Mock WhatsApp platform at " + whatsapp.baseUrl());
      out.println("  Graph API:        " + whatsapp.baseUrl() + "/v21.0/");
      out.println("  control API:      " + whatsapp.baseUrl() + "/_flowkit/");
      out.println("  state:            " + (dataDir == null ? "in memory" : dataDir.toAbsolutePath()));
      out.println("  business id:      " + whatsapp.businessId());
      out.println("  WABA id:          " + whatsapp.wabaId());
      out.println("  phone number id:  " + whatsapp.phoneNumberId() + " (" + whatsapp.displayPhoneNumber() + ")");
      out.println("  app id:           " + whatsapp.appId());
      out.println("  app secret:       " + whatsapp.appSecret());
      out.println("  verify token:     " + whatsapp.verifyToken());
      out.println("  access token:     " + whatsapp.accessToken());
      if (!tenants.isEmpty()) {
        out.println("  other tenants:    " + whatsapp.baseUrl() + "/_flowkit/tenants (their ids and tokens)");
      }
      out.println("Press Ctrl-C to stop.");
      out.flush();
      try {
        stopped.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
          // the JVM is already shutting down: the hook closes the server
        }
      }
    } finally {
      whatsapp.close();
    }
    out.println("Mock WhatsApp platform stopped.");
    out.flush();
    return 0;
  }

  private static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
