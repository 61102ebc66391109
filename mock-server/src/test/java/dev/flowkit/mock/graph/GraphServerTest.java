package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.state.AccessToken;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.TenantSpec;
import dev.flowkit.mock.testing.Http.Reply;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.webhook.PlatformWebhooks;
import dev.flowkit.mock.webhook.WebhookDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The HTTP layer on the wire: versions, auth, parameters from every encoding, errors, paging. */
class GraphServerTest {

  static StateStore store;
  static GraphServer server;
  static PlatformWebhooks webhooks;
  static String token;
  static String waba;
  static String base;

  /** A route group that echoes what the call parsed, and lists 7 numbered items. */
  static final class Echo implements RouteGroup {
    @Override
    public void register(RouteTable table) {
      table.post("/{waba-id}/echo", call -> {
        ObjectNode body = Http.MAPPER.createObjectNode();
        body.put("version", call.version().toString());
        body.put("route", call.route());
        body.put("waba", call.pathId("waba-id"));
        call.string("name").ifPresent(v -> body.put("name", v));
        call.bool("publish").ifPresent(v -> body.put("publish", v));
        call.stringList("categories").ifPresent(v -> body.set("categories", Http.MAPPER.valueToTree(v)));
        call.integer("count").ifPresent(v -> body.put("count", v));
        call.part("file").ifPresent(p -> {
          body.put("filename", p.filename());
          body.put("content_type", p.contentType());
          body.put("file", p.text());
        });
        return GraphReply.ok(body);
      });
      table.get("/{waba-id}/echo", call -> {
        ObjectNode body = Http.MAPPER.createObjectNode();
        body.put("version", call.version().toString());
        body.put("required", call.requiredString("needed"));
        return GraphReply.ok(body);
      });
      table.get("/{waba-id}/items", call -> {
        List<JsonNode> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
          items.add(Http.MAPPER.createObjectNode().put("n", i));
        }
        return GraphReply.ok(Paging.page(call, items));
      });
      table.get("/{waba-id}/boom", call -> {
        throw new IllegalStateException("secret-in-exception");
      });
    }
  }

  @BeforeAll
  static void start() {
    store = StateStore.open(null, Clock.systemUTC(), List.of(TenantSpec.named("Acme")));
    token = store.tenants().get(0).token().token();
    waba = store.tenants().get(0).waba().id();
    store.update(s -> s.tokens().put("EAAexpired", new AccessToken("EAAexpired", store.tenants().get(0).app().id(),
        AccessToken.ALL_PERMISSIONS, Instant.parse("2026-01-01T00:00:00Z"))));
    webhooks = new PlatformWebhooks(store, WebhookDispatcher.builder().build());
    RouteTable table = GraphRoutes.table(store, GraphBehaviour.defaults(), webhooks).add(new Echo());
    server = GraphServer.start("127.0.0.1", 0, store, table, new RouteTable(), FaultInjector.NONE,
        new GraphBehaviour(true, 1024 * 1024, false));
    base = server.baseUrl();
  }

  @AfterAll
  static void stop() {
    server.close();
    webhooks.close();
  }

  static void assertError(Reply reply, int status, int code) {
    assertThat(reply.status()).as("HTTP status of %s", reply.body()).isEqualTo(status);
    assertThat(reply.error().path("code").asInt(-1)).as("code of %s", reply.body()).isEqualTo(code);
    assertThat(reply.error().get("type").isString()).isTrue();
    assertThat(reply.error().get("fbtrace_id").asString()).hasSize(23);
  }

  @Test
  void any_version_prefix_is_served_and_kept_in_the_call() {
    assertThat(Http.get(base + "/v18.0/" + waba + "/echo?needed=x", token).body().get("version").asString())
        .isEqualTo("v18.0");
    assertThat(Http.get(base + "/v25.3/" + waba + "/echo?needed=x", token).body().get("version").asString())
        .isEqualTo("v25.3");
  }

  @Test
  void unversioned_path_is_served_with_the_oldest_version() {
    assertThat(Http.get(base + "/" + waba + "/echo?needed=x", token).body().get("version").asString())
        .isEqualTo("v18.0");
  }

  @Test
  void unversioned_path_is_refused_when_switched_off() {
    try (GraphServer strict = GraphServer.start("127.0.0.1", 0, store, GraphRoutes.table(store,
        GraphBehaviour.defaults(), webhooks), new RouteTable(), FaultInjector.NONE, new GraphBehaviour(false, 1024, false))) {
      assertError(Http.get(strict.baseUrl() + "/" + waba, token), 400, 2500);
      assertThat(Http.get(strict.baseUrl() + "/v21.0/" + waba, token).status()).isEqualTo(200);
    }
  }

  @Test
  void missing_token_answers_104() {
    assertError(Http.getNoAuth(base + "/v21.0/" + waba), 400, 104);
  }

  @Test
  void unknown_token_answers_190_in_header_and_in_query() {
    assertError(Http.get(base + "/v21.0/" + waba, "EAAnotissued"), 401, 190);
    assertError(Http.getNoAuth(base + "/v21.0/" + waba + "?access_token=EAAnotissued"), 401, 190);
  }

  @Test
  void token_in_query_is_accepted() {
    assertThat(Http.getNoAuth(base + "/v21.0/" + waba + "?access_token=" + token).status()).isEqualTo(200);
  }

  @Test
  void expired_token_answers_190_463_without_the_token() {
    Reply reply = Http.get(base + "/v21.0/" + waba, "EAAexpired");

    assertError(reply, 401, 190);
    assertThat(reply.error().get("error_subcode").asInt()).isEqualTo(463);
    assertThat(reply.error().get("message").asString()).startsWith("Error validating access token: Session has "
        + "expired on Thursday, 01-Jan-26 00:00:00 UTC.").doesNotContain("EAAexpired");
  }

  @Test
  void json_body_parameters_keep_their_types() {
    Reply reply = Http.postJson(base + "/v21.0/" + waba + "/echo", token,
        "{\"name\":\"n\",\"publish\":true,\"categories\":[\"SURVEY\",\"OTHER\"],\"count\":3}");

    assertThat(reply.body().toString()).isEqualTo("{\"version\":\"v21.0\",\"route\":\"POST /{waba-id}/echo\","
        + "\"waba\":\"" + waba + "\",\"name\":\"n\",\"publish\":true,\"categories\":[\"SURVEY\",\"OTHER\"],"
        + "\"count\":3}");
  }

  @Test
  void form_body_parameters_carry_lists_as_json_text() {
    Reply reply = Http.postForm(base + "/v21.0/" + waba + "/echo", token,
        "name=a%20b&publish=false&categories=%5B%22SURVEY%22%5D&count=12");

    assertThat(reply.body().get("name").asString()).isEqualTo("a b");
    assertThat(reply.body().get("publish").booleanValue()).isFalse();
    assertThat(reply.body().get("categories").toString()).isEqualTo("[\"SURVEY\"]");
    assertThat(reply.body().get("count").asLong()).isEqualTo(12);
  }

  @Test
  void query_parameters_count_for_posts_and_the_body_wins() {
    Reply reply = Http.postJson(base + "/v21.0/" + waba + "/echo?name=query&count=1", token, "{\"name\":\"body\"}");

    assertThat(reply.body().get("name").asString()).isEqualTo("body");
    assertThat(reply.body().get("count").asLong()).isEqualTo(1);
  }

  @Test
  void multipart_fields_and_files_are_parsed() {
    byte[] body = Http.multipart("XyZ", "name", "flow.json", "file", "flow.json", "{\"version\":\"7.3\"}");

    Reply reply = Http.post(base + "/v21.0/" + waba + "/echo", token, "multipart/form-data; boundary=XyZ", body);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("name").asString()).isEqualTo("flow.json");
    assertThat(reply.body().get("filename").asString()).isEqualTo("flow.json");
    assertThat(reply.body().get("content_type").asString()).isEqualTo("application/json");
    assertThat(reply.body().get("file").asString()).isEqualTo("{\"version\":\"7.3\"}");
  }

  @Test
  void malformed_multipart_answers_100() {
    byte[] cut = "--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".getBytes(StandardCharsets.UTF_8);
    assertError(Http.post(base + "/v21.0/" + waba + "/echo", token, "multipart/form-data; boundary=XyZ", cut),
        400, 100);
    assertError(Http.post(base + "/v21.0/" + waba + "/echo", token, "multipart/form-data", cut), 400, 100);
  }

  @Test
  void malformed_json_answers_100() {
    Reply reply = Http.postJson(base + "/v21.0/" + waba + "/echo", token, "{\"name\":");

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_data").get("details").asString()).contains("not valid JSON");
    assertError(Http.postJson(base + "/v21.0/" + waba + "/echo", token, "[1]"), 400, 100);
  }

  @Test
  void wrongly_typed_parameters_answer_100_with_details() {
    Reply list = Http.postForm(base + "/v21.0/" + waba + "/echo", token, "categories=SURVEY");
    assertError(list, 400, 100);
    assertThat(list.error().get("error_data").get("details").asString()).isEqualTo("Param categories must be an array");
    assertError(Http.postForm(base + "/v21.0/" + waba + "/echo", token, "publish=yes"), 400, 100);
    assertError(Http.postForm(base + "/v21.0/" + waba + "/echo", token, "count=1.5"), 400, 100);
    assertError(Http.postJson(base + "/v21.0/" + waba + "/echo", token, "{\"name\":{}}"), 400, 100);
  }

  @Test
  void missing_required_parameter_answers_100_naming_it() {
    Reply reply = Http.get(base + "/v21.0/" + waba + "/echo", token);

    assertError(reply, 400, 100);
    assertThat(reply.error().get("message").asString()).isEqualTo("(#100) The parameter needed is required");
  }

  @Test
  void oversized_body_answers_413_with_an_envelope() {
    byte[] big = new byte[1024 * 1024 + 1];
    java.util.Arrays.fill(big, (byte) 'a');

    assertError(Http.post(base + "/v21.0/" + waba + "/echo", token, "text/plain", big), 413, 100);
  }

  @Test
  void unknown_path_answers_2500() {
    Reply reply = Http.get(base + "/v21.0/" + waba + "/no_such_edge/x", token);

    assertError(reply, 400, 2500);
    assertThat(reply.error().get("message").asString()).isEqualTo("Unknown path components: /" + waba
        + "/no_such_edge/x");
  }

  @Test
  void unknown_id_answers_100_33_with_metas_sentence() {
    Reply reply = Http.get(base + "/v21.0/999999999999999", token);

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_subcode").asInt()).isEqualTo(33);
    assertThat(reply.error().get("message").asString()).isEqualTo("Unsupported get request. Object with ID "
        + "'999999999999999' does not exist, cannot be loaded due to missing permissions, or does not support this "
        + "operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api");
  }

  @Test
  void wrong_method_answers_unsupported_request() {
    Reply reply = Http.method("DELETE", base + "/v21.0/" + waba, token);

    assertError(reply, 400, 100);
    assertThat(reply.error().get("message").asString()).startsWith("Unsupported delete request. Object with ID '"
        + waba + "'");
    assertError(Http.method("PUT", base + "/v21.0/" + waba + "/echo", token), 400, 100);
  }

  @Test
  void unexpected_exception_answers_code_1_without_its_message() {
    Reply reply = Http.get(base + "/v21.0/" + waba + "/boom", token);

    assertError(reply, 400, 1);
    assertThat(reply.body().toString()).doesNotContain("secret-in-exception").doesNotContain("IllegalStateException");
    assertThat(reply.error().get("message").asString()).isEqualTo("An unknown error occurred");
  }

  @Test
  void paging_walks_forward_and_back_with_full_urls() {
    Reply first = Http.get(base + "/v21.0/" + waba + "/items?limit=3&fields=n", token);

    assertThat(first.body().get("data")).hasSize(3);
    String next = first.body().get("paging").get("next").asString();
    assertThat(next).startsWith(base + "/v21.0/" + waba + "/items?fields=n&limit=3&after=");
    assertThat(first.body().get("paging").has("previous")).isFalse();

    Reply second = Http.get(next, token);
    assertThat(second.body().get("data").get(0).get("n").asInt()).isEqualTo(3);
    Reply back = Http.get(second.body().get("paging").get("previous").asString(), token);
    assertThat(back.body().get("data").get(0).get("n").asInt()).isEqualTo(0);

    Reply last = Http.get(Http.get(next, token).body().get("paging").get("next").asString(), token);
    assertThat(last.body().get("data")).hasSize(1);
    assertThat(last.body().get("paging").has("next")).isFalse();
  }

  @Test
  void paging_defaults_to_25_and_never_puts_the_token_in_links() {
    Reply reply = Http.getNoAuth(base + "/v21.0/" + waba + "/items?limit=2&access_token=" + token);

    assertThat(reply.body().get("paging").get("next").asString()).doesNotContain(token).contains("limit=2");
    assertThat(Http.get(base + "/v21.0/" + waba + "/items", token).body().get("data")).hasSize(7);
    assertError(Http.get(base + "/v21.0/" + waba + "/items?after=bm9wZQ", token), 400, 100);
  }

  @Test
  void route_table_refuses_a_route_twice() {
    RouteTable table = new RouteTable().get("/{x}", call -> GraphReply.success());
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> table.get("/{x}", call -> GraphReply.success()));
    assertThat(table.describe()).isEqualTo(List.of("GET /{x}"));
  }
}
