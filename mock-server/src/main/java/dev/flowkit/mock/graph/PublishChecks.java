package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The publishing checks of spec/platform.md section 2.9 that read only the state, in the fixed order the mock
 * reports them: validation errors, versions available for publishing, a phone number on the WABA, and for endpoint
 * flows (the JSON declares {@code data_api_version}): {@code endpoint_uri}, an application, a signed public key on a
 * WABA number, the WABA subscribed to {@code flows}. The state check comes before them and the endpoint health
 * check after them, both in {@link FlowLifecycle}; {@code health_status} of a draft shows the same problems.
 */
final class PublishChecks {

  /**
   * Flow JSON versions frozen for publishing (section 8: 2.1, 3.0, 3.1 and 4.0 on 8 Apr 2025, 5.0 on 10 Sep 2025).
   * Frozen is the platform's business, not the validator's: core accepts these versions as valid Flow JSON, and
   * the mock refuses to publish them.
   */
  static final Set<String> FROZEN_VERSIONS = Set.of("2.1", "3.0", "3.1", "4.0", "5.0");
  /** The data API versions WhatsApp serves (section 8). */
  static final Set<String> DATA_API_VERSIONS = Set.of("3.0", "4.0");

  /**
   * A failed check.
   *
   * @param text the section 1.6 text of the 139002 error
   * @param details what to do, in {@code error_user_msg}
   * @param health the {@code health_status} error description, prefixed with the failing check
   */
  record Problem(String text, String details, String health) {}

  private PublishChecks() {}

  /** Whether the flow talks to an endpoint: its JSON declares a data API version. */
  static boolean isEndpointFlow(FlowRecord flow) {
    return flow.dataApiVersion() != null;
  }

  /** The failed checks in their order; empty when the flow may be published (health check aside). */
  static List<Problem> problems(PlatformState state, FlowRecord flow) {
    List<Problem> problems = new ArrayList<>();
    if (flow.json() == null) {
      problems.add(new Problem("Publishing Flow with validation errors",
          "The flow has no Flow JSON yet; upload one before publishing.",
          "flow_json: Upload a Flow JSON before the flow can be sent or published."));
    } else if (!flow.validationErrors().isEmpty()) {
      problems.add(new Problem("Publishing Flow with validation errors",
          "Fix the flow's validation errors (see validation_errors) before publishing.",
          "flow_json: Fix the validation errors before the flow can be sent or published."));
    }
    if (flow.json() != null && flow.validationErrors().isEmpty() && !versionsAvailable(flow)) {
      problems.add(new Problem("Versions in Flow JSON file are not available for publishing",
          "Flow JSON version " + flow.jsonVersion() + (flow.dataApiVersion() == null ? ""
              : " with data_api_version " + flow.dataApiVersion()) + " cannot be published; use a recent version.",
          "flow_json_version: Use a Flow JSON version that is available for publishing."));
    }
    if (state.phoneNumbersOf(flow.wabaId()).isEmpty()) {
      problems.add(new Problem("No Phone Number connected to WhatsApp Business Account",
          "Add a phone number to the WhatsApp Business Account.",
          "phone_number: Connect a phone number to the WhatsApp Business Account."));
    }
    if (!isEndpointFlow(flow)) {
      return problems;
    }
    if (flow.endpointUri() == null) {
      problems.add(new Problem("Publishing without specifying endpoint_uri is forbidden",
          "Set the flow's endpoint_uri through the Flows API.",
          "endpoint_uri: Set the endpoint URI before the flow can be sent or published."));
    }
    if (application(state, flow).isEmpty()) {
      problems.add(new Problem("No Application Connected to the Flow",
          "Link a Meta app to the flow (application_id).",
          "app_check: Connect a Meta app to the flow before it can be sent or published."));
    }
    if (signedKeyNumber(state, flow.wabaId()).isEmpty()) {
      problems.add(new Problem("Missing Flows Signed Public Key",
          "Upload a business public key for a phone number of the WhatsApp Business Account.",
          "public_key: Upload a business public key before the flow can be sent or published."));
    }
    if (!subscribedToFlows(state, flow.wabaId())) {
      problems.add(new Problem("WhatsApp Business Account is not subscribed to Flows Webhooks",
          "Subscribe an app to the flows webhook field of the WhatsApp Business Account.",
          "webhook_subscription: Subscribe the WhatsApp Business Account to the flows webhook field."));
    }
    return problems;
  }

  private static boolean versionsAvailable(FlowRecord flow) {
    return flow.jsonVersion() != null && !FROZEN_VERSIONS.contains(flow.jsonVersion())
        && (flow.dataApiVersion() == null || DATA_API_VERSIONS.contains(flow.dataApiVersion()));
  }

  /** The flow's linked app, when it still exists. */
  static Optional<App> application(PlatformState state, FlowRecord flow) {
    return Optional.ofNullable(flow.applicationId()).map(id -> state.apps().get(id));
  }

  /** The first number of the WABA with a key whose signature is valid. */
  static Optional<PhoneNumber> signedKeyNumber(PlatformState state, String wabaId) {
    return state.phoneNumbersOf(wabaId).stream()
        .filter(p -> p.businessPublicKey() != null && "VALID".equals(p.keySignatureStatus())).findFirst();
  }

  private static boolean subscribedToFlows(PlatformState state, String wabaId) {
    return state.apps().values().stream()
        .anyMatch(a -> a.subscribedWabaIds().contains(wabaId) && a.subscribedFields().contains("flows"));
  }
}
