package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PlatformState;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The parameter rules create, update and migrate share (spec/platform.md sections 2.1, 2.3, 2.7). */
final class FlowRules {

  /**
   * The categories of section 2.1; {@code SHOPPING} is listed by AWS and Infobip but not by Meta's pages
   * (UNCERTAIN), and accepted as the section recommends.
   */
  static final List<String> CATEGORIES = List.of("SIGN_UP", "SIGN_IN", "APPOINTMENT_BOOKING", "LEAD_GENERATION",
      "CONTACT_US", "CUSTOMER_SUPPORT", "SURVEY", "OTHER", "SHOPPING");

  private FlowRules() {}

  /**
   * Checks a category list: at least one, each known.
   *
   * @throws GraphCallException (100) otherwise
   */
  static List<String> categories(List<String> categories) {
    if (categories.isEmpty()) {
      throw GraphCallException.invalidParameter("categories must name at least one category");
    }
    for (String c : categories) {
      if (!CATEGORIES.contains(c)) {
        throw GraphCallException.invalidParameter("Invalid category " + c + "; expected one of " + CATEGORIES);
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(categories));
  }

  /**
   * Checks a flow name is not blank and unused in the WABA by another flow than {@code selfId}.
   *
   * @throws GraphCallException (100) otherwise
   */
  static String uniqueName(PlatformState state, String wabaId, String name, String selfId) {
    if (name.isBlank()) {
      throw GraphCallException.missingParameter("name");
    }
    for (FlowRecord f : state.flowsOf(wabaId)) {
      if (f.name().equals(name) && !f.id().equals(selfId)) {
        throw FlowErrors.nameNotUnique(name);
      }
    }
    return name;
  }

  /**
   * The endpoint URI parameter: {@code endpoint_uri}, or from v18.0 down its old name {@code data_channel_uri}
   * (either name is read in every version: clients written for one era call the other).
   *
   * @throws GraphCallException (100) "Invalid Endpoint URI" when it is not an absolute http(s) URL with a host
   */
  static Optional<String> endpointUri(GraphCall call) {
    Optional<String> uri = call.string("endpoint_uri").or(() -> call.string("data_channel_uri"));
    uri.ifPresent(FlowRules::checkUri);
    return uri;
  }

  private static void checkUri(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
        throw FlowErrors.invalidEndpointUri(text);
      }
    } catch (URISyntaxException e) {
      throw FlowErrors.invalidEndpointUri(text);
    }
  }

  /**
   * The flow {@code id} in {@code state}; a flow deleted since the route matched answers as an unknown id does.
   *
   * @throws GraphCallException (100/33) when it is gone
   */
  static FlowRecord existing(PlatformState state, String id, String method) {
    FlowRecord flow = state.flows().get(id);
    if (flow == null) {
      throw GraphCallException.unsupportedRequest(method, id);
    }
    return flow;
  }

  /** Whether the flow's JSON is older than 3.0 (its endpoint lived in the JSON, section 2.3). */
  static boolean jsonBefore30(FlowRecord flow) {
    String v = flow.jsonVersion();
    if (v == null) {
      return false;
    }
    try {
      return Double.parseDouble(v) < 3.0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
