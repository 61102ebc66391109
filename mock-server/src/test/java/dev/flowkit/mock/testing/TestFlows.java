package dev.flowkit.mock.testing;

import dev.flowkit.mock.MockState;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PhoneNumber;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Puts flows and keys straight into a mock's state, as the flow routes would leave them. */
public final class TestFlows {

  /** Flow JSON with two screens: WELCOME (the first entry screen) and PICK_SLOT. */
  public static final String JSON = "{\"version\":\"7.0\",\"screens\":["
      + "{\"id\":\"WELCOME\",\"title\":\"Welcome\",\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}},"
      + "{\"id\":\"PICK_SLOT\",\"title\":\"Pick\",\"terminal\":true,"
      + "\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}";
  /** Another version of {@link #JSON}, one screen only: what an edit after publishing leaves as the draft. */
  public static final String EDITED_JSON = "{\"version\":\"7.0\",\"screens\":[{\"id\":\"EDITED\",\"title\":\"New\","
      + "\"terminal\":true,\"layout\":{\"type\":\"SingleColumnLayout\",\"children\":[]}}]}";

  private TestFlows() {}

  /** A flow without endpoint in {@code status}, with {@link #JSON}. */
  public static String put(MockWhatsApp whatsapp, String name, String status) {
    return put(whatsapp, name, status, JSON, null, null, null);
  }

  /** A flow of the seeded WABA, as given; its id. */
  public static String put(MockWhatsApp whatsapp, String name, String status, @Nullable String json,
      @Nullable String dataApiVersion, @Nullable String endpointUri, @Nullable String publishedJson) {
    return MockState.of(whatsapp).write(s -> {
      String id = MockState.of(whatsapp).ids().objectId(s);
      Instant now = Instant.now();
      s.flows().put(id, new FlowRecord(id, whatsapp.wabaId(), name, List.of("OTHER"), status, json, "7.0",
          dataApiVersion, JsonNodeFactory.instance.arrayNode(), endpointUri, null, null, null, now, now,
          publishedJson));
      return id;
    });
  }

  /** The stored {@code flow} of the message {@code wamid} sent to {@code to}, read through the control API. */
  public static JsonNode storedFlow(MockWhatsApp whatsapp, String to, String wamid) {
    for (JsonNode m : Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/messages?to=" + to).body().get("data")) {
      if (m.get("wamid").asString().equals(wamid)) {
        return m.get("flow");
      }
    }
    throw new AssertionError("no stored message " + wamid);
  }

  /** Sets the seeded number's business public key (signature status VALID). */
  public static void setKey(MockWhatsApp whatsapp, String pem) {
    MockState.of(whatsapp).update(s -> {
      PhoneNumber p = s.phoneNumbers().get(whatsapp.phoneNumberId());
      s.phoneNumbers().put(p.id(), p.withBusinessPublicKey(pem));
    });
  }
}
