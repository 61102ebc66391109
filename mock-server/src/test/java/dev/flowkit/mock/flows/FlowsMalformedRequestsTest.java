package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A corpus of malformed requests (bad JSON, wrong types, bad encodings, bad multipart) fired at every Flows API and
 * business-key route: every answer is a Graph error envelope with a 4xx status, never a 500.
 */
class FlowsMalformedRequestsTest {

  static MockWhatsApp whatsapp;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  record Body(String contentType, String text) {}

  static final List<Body> BODIES = List.of(
      new Body("application/json", "{"),
      new Body("application/json", "[]"),
      new Body("application/json", "{\"name\":123,\"categories\":\"SURVEY\",\"publish\":\"maybe\"}"),
      new Body("application/json", "{\"name\":\"x\",\"categories\":[1,2],\"endpoint_uri\":{}}"),
      new Body("application/json", "{\"name\":[],\"categories\":[\"OTHER\"],\"clone_flow_id\":{\"a\":1}}"),
      new Body("application/json", "{\"source_waba_id\":[],\"source_flow_names\":7,\"business_public_key\":5}"),
      new Body("application/json", "{\"application_id\":\"nope\",\"fields\":\"((\"}"),
      new Body("application/x-www-form-urlencoded", "categories=%ZZ&name=%"),
      new Body("application/x-www-form-urlencoded", "categories=[&name=x&publish=2"),
      new Body("multipart/form-data", "no boundary"),
      new Body("multipart/form-data; boundary=B", "--B\r\nContent-Disposition: form-data\r\n\r\nx\r\n--B--\r\n"));

  @Test
  void no_route_answers_a_500_or_anything_but_a_graph_error() {
    String flow = Http.postJson(whatsapp.baseUrl() + "/v21.0/" + whatsapp.wabaId() + "/flows",
        whatsapp.accessToken(), "{\"name\":\"target\",\"categories\":[\"OTHER\"]}").body().get("id").asString();
    List<String> paths = List.of(
        "/" + whatsapp.wabaId() + "/flows",
        "/" + whatsapp.wabaId() + "/migrate_flows",
        "/" + flow,
        "/" + flow + "/assets",
        "/" + flow + "/publish",
        "/" + flow + "/deprecate",
        "/" + whatsapp.phoneNumberId() + "/whatsapp_business_encryption");
    List<String> failures = new ArrayList<>();
    for (String path : paths) {
      for (Body body : BODIES) {
        Reply reply = Http.post(whatsapp.baseUrl() + "/v21.0" + path, whatsapp.accessToken(), body.contentType(),
            body.text().getBytes(StandardCharsets.UTF_8));
        boolean successOfALenientRoute = reply.status() == 200 && !path.endsWith("/flows")
            && !path.endsWith("/migrate_flows") && !path.endsWith("/assets") && !path.endsWith("encryption");
        if (!successOfALenientRoute && (reply.status() < 400 || reply.status() >= 500
            || !reply.error().path("code").isIntegralNumber())) {
          failures.add("POST " + path + " with " + body + " -> " + reply.status() + " " + reply.body());
        }
      }
      Reply badFields = Http.get(whatsapp.baseUrl() + "/v21.0" + path + "?fields=a(b", whatsapp.accessToken());
      if (badFields.status() >= 500) {
        failures.add("GET " + path + "?fields=a(b -> " + badFields.status());
      }
    }
    assertThat(failures).isEmpty();
  }
}
