package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What core's client does not exercise, over raw HTTP: the form and query encodings, every parameter error,
 * malformed multipart, wrong methods, the {@code download_url} itself, {@code data_channel_uri} on v18.0, and the
 * v18.0 to v25.0 prefixes.
 */
class FlowsRawHttpTest {

  static MockWhatsApp whatsapp;
  static String v21;
  static String token;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().tenant("Other Co").build());
    v21 = whatsapp.baseUrl() + "/v21.0/";
    token = whatsapp.accessToken();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String create(String name) {
    Reply reply = Http.postJson(v21 + whatsapp.wabaId() + "/flows", token,
        "{\"name\":\"" + name + "\",\"categories\":[\"OTHER\"],\"flow_json\":" + quoted(FlowFixtures.STATIC_FLOW)
            + "}");
    assertThat(reply.status()).isEqualTo(200);
    return reply.body().get("id").asString();
  }

  private static String quoted(String text) {
    return Http.MAPPER.writeValueAsString(text);
  }

  private static void assertError(Reply reply, int status, int code) {
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.error().get("code").asInt()).isEqualTo(code);
    assertThat(reply.error().get("fbtrace_id").asString()).hasSize(23);
  }

  private static byte[] upload(String boundary, String name, String assetType, String json) {
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"asset_type\"\r\n\r\n" + assetType + "\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"flow.json\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + boundary + "--\r\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }

  private static Reply uploadAsset(String flowId, String name, String assetType, String json) {
    return Http.post(v21 + flowId + "/assets", token, "multipart/form-data; boundary=XyZ",
        upload("XyZ", name, assetType, json));
  }

  // ---- create: encodings and parameter errors

  @Test
  void create_takes_a_form_body_with_categories_as_json_text() {
    Reply reply = Http.postForm(v21 + whatsapp.wabaId() + "/flows", token,
        "name=form+flow&categories=" + enc("[\"SURVEY\",\"SHOPPING\"]") + "&flow_json=" + enc(FlowFixtures.STATIC_FLOW));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("success").asBoolean()).isTrue();
    assertThat(reply.body().get("validation_errors")).isEmpty();
    Reply flow = Http.get(v21 + reply.body().get("id").asString() + "?fields=categories", token);
    assertThat(flow.body().get("categories").toString()).isEqualTo("[\"SURVEY\",\"SHOPPING\"]");
  }

  @Test
  void create_takes_its_parameters_from_the_query_string() {
    Reply reply = Http.post(v21 + whatsapp.wabaId() + "/flows?name=query+flow&categories="
        + enc("[\"OTHER\"]"), token, "application/x-www-form-urlencoded", new byte[0]);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().propertyNames()).containsExactly("id");
  }

  @Test
  void create_with_invalid_json_text_stores_it_and_reports_a_validation_error() {
    Reply reply = Http.postForm(v21 + whatsapp.wabaId() + "/flows", token,
        "name=broken&categories=" + enc("[\"OTHER\"]") + "&flow_json=" + enc("{ nope"));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("validation_errors").get(0).get("error").asString()).isEqualTo("INVALID_FLOW_JSON");
  }

  @Test
  void create_without_name_or_categories_or_with_an_unknown_category_answers_100() {
    Reply noName = Http.postForm(v21 + whatsapp.wabaId() + "/flows", token, "categories=" + enc("[\"OTHER\"]"));
    Reply noCategories = Http.postForm(v21 + whatsapp.wabaId() + "/flows", token, "name=x");
    Reply emptyCategories = Http.postForm(v21 + whatsapp.wabaId() + "/flows", token, "name=x&categories=%5B%5D");
    Reply unknown = Http.postJson(v21 + whatsapp.wabaId() + "/flows", token,
        "{\"name\":\"x\",\"categories\":[\"GAMES\"]}");

    assertError(noName, 400, 100);
    assertThat(noName.error().get("message").asString()).isEqualTo("(#100) The parameter name is required");
    assertError(noCategories, 400, 100);
    assertError(emptyCategories, 400, 100);
    assertError(unknown, 400, 100);
    assertThat(unknown.error().get("error_data").get("details").asString()).contains("GAMES");
  }

  @Test
  void both_clone_sources_at_once_answer_100() {
    String source = create("source");

    Reply reply = Http.postJson(v21 + whatsapp.wabaId() + "/flows", token, "{\"name\":\"c\",\"categories\":[\"OTHER\"],"
        + "\"clone_flow_id\":\"" + source + "\",\"clone_template\":\"lead_gen\"}");

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_user_title").asString()).isEqualTo("Only one clone source can be set");
  }

  @Test
  void endpoint_uri_with_a_clone_of_a_json_older_than_3_0_answers_100() {
    String old = create("old");
    Http.post(v21 + old + "/assets", token, "multipart/form-data; boundary=XyZ",
        upload("XyZ", "flow.json", "FLOW_JSON", FlowFixtures.STATIC_FLOW.replace("\"7.3\"", "\"2.1\"")));

    Reply reply = Http.postJson(v21 + whatsapp.wabaId() + "/flows", token, "{\"name\":\"c\",\"categories\":"
        + "[\"OTHER\"],\"clone_flow_id\":\"" + old + "\",\"endpoint_uri\":\"https://example.org/e\"}");

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_user_title").asString()).isEqualTo("Specify Endpoint Uri in Flow JSON");
  }

  @Test
  void an_endpoint_uri_that_is_not_a_url_answers_100() {
    Reply reply = Http.postJson(v21 + whatsapp.wabaId() + "/flows", token,
        "{\"name\":\"e\",\"categories\":[\"OTHER\"],\"endpoint_uri\":\"ftp://example.org\"}");

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_user_title").asString()).isEqualTo("Invalid Endpoint URI");
  }

  // ---- migrate: three encodings

  private static String secondWaba() {
    return Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/wabas", "application/x-www-form-urlencoded",
        "business_id=" + whatsapp.businessId()).body().get("id").asString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"query-json", "query-commas", "form", "json-body"})
  void migrate_reads_source_flow_names_in_every_encoding(String encoding) {
    create("alpha");
    create("beta");
    create("gamma");
    String destination = secondWaba();
    String url = v21 + destination + "/migrate_flows";
    String source = whatsapp.wabaId();

    Reply reply = switch (encoding) {
      case "query-json" -> Http.post(url + "?source_waba_id=" + source + "&source_flow_names="
          + enc("[\"alpha\",\"beta\"]"), token, "application/x-www-form-urlencoded", new byte[0]);
      case "query-commas" -> Http.post(url + "?source_waba_id=" + source + "&source_flow_names=alpha,beta", token,
          "application/x-www-form-urlencoded", new byte[0]);
      case "form" -> Http.postForm(url, token, "source_waba_id=" + source + "&source_flow_names="
          + enc("[\"alpha\",\"beta\"]"));
      default -> Http.postJson(url, token, "{\"source_waba_id\":\"" + source
          + "\",\"source_flow_names\":[\"alpha\",\"beta\"]}");
    };

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("migrated_flows")).extracting(n -> n.get("source_name").asString())
        .containsExactly("alpha", "beta");
    assertThat(reply.body().get("failed_flows")).isEmpty();
  }

  @Test
  void migrate_without_source_waba_or_with_too_many_names_answers_100() {
    String many = enc(Http.MAPPER.writeValueAsString(java.util.Collections.nCopies(101, "n")));

    assertError(Http.postForm(v21 + whatsapp.wabaId() + "/migrate_flows", token, "source_flow_names=a"), 400, 100);
    assertError(Http.postForm(v21 + whatsapp.wabaId() + "/migrate_flows", token, "source_waba_id="
        + whatsapp.wabaId() + "&source_flow_names=" + many), 400, 100);
  }

  // ---- get: fields, versions

  @Test
  void an_unknown_field_answers_100_naming_it() {
    String id = create("fields");

    Reply reply = Http.get(v21 + id + "?fields=name,colour", token);

    assertError(reply, 400, 100);
    assertThat(reply.error().get("message").asString())
        .isEqualTo("(#100) Tried accessing nonexisting field (colour) on node type (WhatsAppFlow)");
  }

  @Test
  void v18_answers_data_channel_uri_and_does_not_know_endpoint_uri() {
    Reply created = Http.postJson(v21 + whatsapp.wabaId() + "/flows", token,
        "{\"name\":\"old api\",\"categories\":[\"OTHER\"],\"endpoint_uri\":\"https://example.org/e\"}");
    String id = created.body().get("id").asString();
    String v18 = whatsapp.baseUrl() + "/v18.0/";

    Reply old = Http.get(v18 + id + "?fields=data_channel_uri", token);
    Reply oldNewName = Http.get(v18 + id + "?fields=endpoint_uri", token);
    Reply current = Http.get(v21 + id + "?fields=endpoint_uri", token);

    assertThat(old.body().get("data_channel_uri").asString()).isEqualTo("https://example.org/e");
    assertError(oldNewName, 400, 100);
    assertThat(current.body().get("endpoint_uri").asString()).isEqualTo("https://example.org/e");
  }

  @Test
  void v18_takes_the_endpoint_as_data_channel_uri_on_update() {
    String id = create("legacy update");

    Reply reply = Http.postForm(whatsapp.baseUrl() + "/v18.0/" + id, token, "data_channel_uri="
        + enc("https://example.org/legacy"));

    assertThat(reply.body().get("success").asBoolean()).isTrue();
    assertThat(Http.get(v21 + id + "?fields=endpoint_uri", token).body().get("endpoint_uri").asString())
        .isEqualTo("https://example.org/legacy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"v18.0", "v19.0", "v20.0", "v21.0", "v22.0", "v23.0", "v24.0", "v25.0"})
  void every_version_prefix_serves_the_flows_api(String version) {
    String id = create("versioned");

    Reply reply = Http.get(whatsapp.baseUrl() + "/" + version + "/" + id, token);
    Reply list = Http.get(whatsapp.baseUrl() + "/" + version + "/" + whatsapp.wabaId() + "/flows", token);

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().propertyNames()).containsExactly("id", "name", "status", "categories",
        "validation_errors");
    assertThat(list.body().get("data").get(0).get("id").asString()).isEqualTo(id);
  }

  @Test
  void date_format_u_answers_unix_seconds() {
    String id = create("dates");

    Reply text = Http.get(v21 + id + "?fields=updated_at", token);
    Reply unix = Http.get(v21 + id + "?fields=updated_at&date_format=U", token);

    assertThat(text.body().get("updated_at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
    assertThat(unix.body().get("updated_at").isIntegralNumber()).isTrue();
  }

  @Test
  void bad_metric_and_health_status_modifiers_answer_100() {
    String id = create("modifiers");
    String foreignPhone = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants").body().get("data").get(1)
        .get("phone_number_id").asString();

    assertError(Http.get(v21 + id + "?fields=" + enc("metric.name(FUN).granularity(DAY)"), token), 400, 100);
    assertError(Http.get(v21 + id + "?fields=" + enc("metric.name(ENDPOINT_REQUEST_COUNT)"), token), 400, 100);
    assertError(Http.get(v21 + id + "?fields=" + enc("preview.invalidate(maybe)"), token), 400, 100);
    assertError(Http.get(v21 + id + "?fields=" + enc("health_status.phone_number(" + foreignPhone + ")"), token),
        400, 100);
    assertError(Http.get(v21 + id + "?fields=" + enc("metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY)"), token),
        400, 139006);
  }

  // ---- assets

  @Test
  void download_url_serves_the_exact_uploaded_bytes_and_dies_with_the_next_upload() throws Exception {
    String id = create("download");
    String text = "{\n  \"version\" : \"7.3\",   \"screens\": []\n}\n";
    uploadAsset(id, "flow.json", "FLOW_JSON", text);
    String url = Http.get(v21 + id + "/assets", token).body().get("data").get(0).get("download_url").asString();

    HttpResponse<String> first = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    uploadAsset(id, "flow.json", "FLOW_JSON", FlowFixtures.STATIC_FLOW);
    Reply stale = Http.getNoAuth(url);

    assertThat(url).startsWith(whatsapp.baseUrl() + "/_flowkit/assets/").doesNotContain(token);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).isEqualTo(text);
    assertThat(first.headers().firstValue("Content-Type")).contains("application/json");
    assertError(stale, 404, 100);
  }

  @Test
  void assets_of_a_flow_without_json_are_an_empty_list() {
    Reply created = Http.postForm(v21 + whatsapp.wabaId() + "/flows", token, "name=empty&categories="
        + enc("[\"OTHER\"]"));

    Reply assets = Http.get(v21 + created.body().get("id").asString() + "/assets", token);

    assertThat(assets.body().get("data")).isEmpty();
  }

  @Test
  void upload_needs_a_multipart_file_named_flow_json_of_type_flow_json() {
    String id = create("uploads");

    assertError(Http.postForm(v21 + id + "/assets", token, "name=flow.json&asset_type=FLOW_JSON&file=%7B%7D"), 400,
        100);
    assertError(uploadAsset(id, "other.json", "FLOW_JSON", "{}"), 400, 100);
    assertError(uploadAsset(id, "flow.json", "IMAGE", "{}"), 400, 100);
  }

  @Test
  void malformed_multipart_answers_100_not_500() {
    String id = create("malformed");

    Reply noBoundary = Http.post(v21 + id + "/assets", token, "multipart/form-data", "garbage".getBytes(
        StandardCharsets.UTF_8));
    Reply unclosed = Http.post(v21 + id + "/assets", token, "multipart/form-data; boundary=XyZ",
        "--XyZ\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n{}".getBytes(StandardCharsets.UTF_8));

    assertError(noBoundary, 400, 100);
    assertError(unclosed, 400, 100);
  }

  @Test
  void a_file_over_10_mb_answers_100() {
    String id = create("huge");
    String big = "{\"version\":\"7.3\",\"pad\":\"" + "x".repeat(10 * 1024 * 1024) + "\"}";

    Reply reply = uploadAsset(id, "flow.json", "FLOW_JSON", big);

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_data").get("details").asString()).contains("10 MB");
  }

  // ---- methods

  @Test
  void wrong_methods_answer_the_unsupported_request_error() {
    String id = create("methods");

    Reply put = Http.method("PUT", v21 + id, token);
    Reply getPublish = Http.get(v21 + id + "/publish", token);
    Reply deleteAssets = Http.method("DELETE", v21 + id + "/assets", token);

    for (Reply reply : new Reply[] {put, getPublish, deleteAssets}) {
      assertError(reply, 400, 100);
      assertThat(reply.error().get("error_subcode").asInt()).isEqualTo(33);
    }
  }

  // ---- business public key encodings and errors

  @Test
  void the_key_is_taken_from_a_json_body_a_form_or_the_query() {
    String pem = BusinessKeys.toPem(BusinessKeys.generate().getPublic());
    String url = v21 + whatsapp.phoneNumberId() + "/whatsapp_business_encryption";

    Reply json = Http.postJson(url, token, "{\"business_public_key\":" + quoted(pem) + "}");
    Reply form = Http.postForm(url, token, "business_public_key=" + enc(pem));
    Reply query = Http.post(url + "?business_public_key=" + enc(pem), token, "application/x-www-form-urlencoded",
        new byte[0]);
    Reply read = Http.get(url + "?fields=business_public_key", token);

    assertThat(json.body().get("success").asBoolean()).isTrue();
    assertThat(form.body().get("success").asBoolean()).isTrue();
    assertThat(query.body().get("success").asBoolean()).isTrue();
    assertThat(read.body().get("data").get(0).propertyNames()).containsExactly("business_public_key");
    assertThat(read.body().get("data").get(0).get("business_public_key").asString()).isEqualTo(pem);
  }

  @Test
  void anything_but_an_rsa_2048_spki_pem_answers_100() throws Exception {
    String url = v21 + whatsapp.phoneNumberId() + "/whatsapp_business_encryption";
    java.security.KeyPair pair = BusinessKeys.generate();
    String pkcs1 = BusinessKeys.toPem(pair.getPublic()).replace("BEGIN PUBLIC KEY", "BEGIN RSA PUBLIC KEY")
        .replace("END PUBLIC KEY", "END RSA PUBLIC KEY");
    java.security.KeyPairGenerator ec = java.security.KeyPairGenerator.getInstance("EC");
    String ecPem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder(64, "\n".getBytes(
        StandardCharsets.US_ASCII)).encodeToString(ec.generateKeyPair().getPublic().getEncoded())
        + "\n-----END PUBLIC KEY-----\n";

    for (String bad : new String[] {"hello", pkcs1, ecPem, BusinessKeys.toPem(pair.getPrivate()),
        "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"}) {
      Reply reply = Http.postForm(url, token, "business_public_key=" + enc(bad));
      assertError(reply, 400, 100);
      assertThat(reply.error().get("error_data").get("details").asString())
          .startsWith("The business public key must be a valid 2048-bit RSA public key in PEM format");
    }
    assertError(Http.postForm(url, token, "other=1"), 400, 100);
    assertThat(Http.get(url, token).body().get("data")).isEmpty();
  }

  @Test
  void the_key_of_another_tenants_number_does_not_exist_for_this_token() {
    String foreignPhone = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants").body().get("data").get(1)
        .get("phone_number_id").asString();

    Reply reply = Http.get(v21 + foreignPhone + "/whatsapp_business_encryption", token);

    assertError(reply, 400, 100);
    assertThat(reply.error().get("error_subcode").asInt()).isEqualTo(33);
  }

  @Test
  void an_unknown_key_field_answers_100() {
    assertError(Http.get(v21 + whatsapp.phoneNumberId() + "/whatsapp_business_encryption?fields=colour", token),
        400, 100);
  }

  // ---- the newer edit model

  @Test
  void in_the_newer_model_editing_a_published_flow_returns_it_to_draft_and_it_stays_undeletable() throws IOException {
    try (MockWhatsApp newer = MockWhatsApp.start(MockWhatsAppConfig.builder().editPublishedFlows(true).build())) {
      String base = newer.baseUrl() + "/v21.0/";
      String id = Http.postJson(base + newer.wabaId() + "/flows", newer.accessToken(),
          "{\"name\":\"n\",\"categories\":[\"OTHER\"],\"publish\":true,\"flow_json\":" + quoted(FlowFixtures.STATIC_FLOW)
              + "}").body().get("id").asString();

      Reply edit = Http.postForm(base + id, newer.accessToken(), "name=renamed");
      String status = Http.get(base + id + "?fields=status", newer.accessToken()).body().get("status").asString();
      Reply delete = Http.method("DELETE", base + id, newer.accessToken());
      Reply republish = Http.post(base + id + "/publish", newer.accessToken(), "application/json", new byte[0]);

      assertThat(edit.body().get("success").asBoolean()).isTrue();
      assertThat(status).isEqualTo("DRAFT");
      assertError(delete, 400, 139004);
      assertThat(republish.body().get("success").asBoolean()).isTrue();
    }
  }

  @Test
  void in_the_legacy_model_a_deprecated_or_published_flow_cannot_be_edited() {
    String id = create("legacy");
    Http.post(v21 + id + "/publish", token, "application/json", new byte[0]);

    Reply edit = Http.postForm(v21 + id, token, "name=renamed");

    assertError(edit, 400, 139001);
    assertThat(edit.error().get("message").asString()).isEqualTo("Flow can't be updated");
  }
}
