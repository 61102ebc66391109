package dev.flowkit.graph;

import static dev.flowkit.graph.GraphTestServer.body;
import static dev.flowkit.graph.GraphTestServer.json;
import static dev.flowkit.graph.GraphTestServer.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.validation.SourceSpan;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlowsApiTest extends GraphClientTest {

  private static final String WABA = "110200300400500";
  private static final String FLOW = "771234567890123";
  private static final String MINIMAL_FLOW = """
      {"version":"7.3","screens":[{"id":"DONE","title":"Done","terminal":true,"success":true,
      "layout":{"type":"SingleColumnLayout","children":[{"type":"TextBody","text":"Thanks"}]}}]}""";

  private static final String VALIDATION_ERRORS = """
      [{"error":"INVALID_PROPERTY_VALUE","error_type":"FLOW_JSON_ERROR",
        "message":"Invalid value found for property 'type'.",
        "line_start":12,"line_end":12,"column_start":19,"column_end":31,
        "pointers":[{"line_start":12,"line_end":12,"column_start":19,"column_end":31,
                     "path":"screens[0].layout.children[1].type"}]}]""";

  @Test
  void create_sends_name_categories_endpoint_json_and_publish_and_reads_the_validation_errors() {
    graph.reply(200, "{\"id\":\"" + FLOW + "\",\"success\":true,\"validation_errors\":" + VALIDATION_ERRORS + "}");

    CreatedFlow created = client.createFlow(WABA, CreateFlowRequest
        .builder("clinic booking", FlowCategory.APPOINTMENT_BOOKING, FlowCategory.OTHER)
        .endpointUri("https://booking.example.org/flow").flowJson(MINIMAL_FLOW).publish(true).build());

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v21.0/" + WABA + "/flows");
    assertThat(jsonBody(request)).isEqualTo(json("""
        {"name":"clinic booking","categories":["APPOINTMENT_BOOKING","OTHER"],
         "endpoint_uri":"https://booking.example.org/flow","flow_json":%s,"publish":true}"""
        .formatted(json("{\"s\":" + quote(MINIMAL_FLOW) + "}").get("s").toString())));
    assertThat(created.id()).isEqualTo(FLOW);
    assertThat(created.success()).isTrue();
    FlowValidationError error = created.validationErrors().get(0);
    assertThat(error.error()).isEqualTo("INVALID_PROPERTY_VALUE");
    assertThat(error.errorType()).isEqualTo("FLOW_JSON_ERROR");
    assertThat(error.span()).contains(new SourceSpan(12, 19, 12, 31));
    assertThat(error.pointers()).containsExactly(new FlowValidationError.Pointer(
        "screens[0].layout.children[1].type", Optional.of(new SourceSpan(12, 19, 12, 31))));
    assertThatExceptionOfType(FlowValidationException.class).isThrownBy(created::requireValid)
        .withMessage("the Flow JSON of flow " + FLOW + " has 1 validation error: INVALID_PROPERTY_VALUE "
            + "Invalid value found for property 'type'. at 12:19")
        .satisfies(e -> assertThat(e.validationErrors()).containsExactly(error));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void clone_sends_only_name_categories_and_the_source_and_a_missing_success_means_true() {
    graph.reply(200, "{\"id\":\"771000000000002\"}");

    CreatedFlow created = client.createFlow(WABA,
        CreateFlowRequest.builder("copy", FlowCategory.SURVEY).cloneOf(FLOW).build());

    assertThat(jsonBody(graph.take())).isEqualTo(json(
        "{\"name\":\"copy\",\"categories\":[\"SURVEY\"],\"clone_flow_id\":\"" + FLOW + "\"}"));
    assertThat(created).isEqualTo(new CreatedFlow("771000000000002", true, List.of()));
    assertThat(created.requireValid()).isSameAs(created);
  }

  @Test
  void create_refuses_publishing_without_flow_json_before_any_call() {
    assertThatIllegalStateException().isThrownBy(
        () -> CreateFlowRequest.builder("x", FlowCategory.OTHER).publish(true).build())
        .withMessageContaining("flowJson");
    assertThat(graph.requestCount()).isZero();
  }

  @Test
  void get_without_fields_sends_no_query_and_reads_the_default_fields() {
    graph.reply(200, """
        {"id":"%s","name":"lead form","status":"DRAFT","categories":["LEAD_GENERATION"],"validation_errors":[]}"""
        .formatted(FLOW));

    Flow flow = client.getFlow(FLOW);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getTarget()).isEqualTo("/v21.0/" + FLOW);
    assertThat(flow.id()).isEqualTo(FLOW);
    assertThat(flow.name()).contains("lead form");
    assertThat(flow.status()).contains(FlowStatus.DRAFT);
    assertThat(flow.categories()).containsExactly(FlowCategory.LEAD_GENERATION);
    assertThat(flow.validationErrors()).isEmpty();
    assertThat(flow.preview()).isEmpty();
    assertThat(flow.healthStatus()).isEmpty();
  }

  @Test
  void get_with_fields_reads_preview_account_application_and_health_status() {
    graph.reply(200, """
        {
          "id": "771234567890123", "name": "clinic booking", "status": "DRAFT",
          "categories": ["APPOINTMENT_BOOKING"], "validation_errors": [],
          "json_version": "7.3", "data_api_version": "3.0", "endpoint_uri": "https://booking.example.org/flow",
          "preview": {
            "preview_url": "https://business.facebook.com/wa/manage/flows/771234567890123/preview/?token=7f3c0d1e",
            "expires_at": "2026-07-01T10:00:00+0000"
          },
          "whatsapp_business_account": {"id": "110200300400500", "name": "Example Clinic", "timezone_id": "54",
            "message_template_namespace": "1a2b3c4d_5e6f_7a8b_9c0d_ef1234567890"},
          "application": {"link": "https://www.facebook.com/games/?app_id=880011223344556", "name": "Clinic Bot",
            "id": "880011223344556"},
          "health_status": {
            "can_send_message": "BLOCKED",
            "entities": [
              {"entity_type": "FLOW", "id": "771234567890123", "can_send_message": "BLOCKED",
               "errors": [{"error_code": 131000,
                 "error_description": "endpoint_uri: Set the endpoint URI before the flow can be sent or published.",
                 "possible_solution": "Configure the endpoint URI through the Flows API."}]},
              {"entity_type": "APP", "id": "880011223344556", "can_send_message": "LIMITED",
               "additional_info": ["The app is not subscribed to the messages webhook field."]}
            ]
          },
          "updated_at": "2026-05-04T12:30:00+0000"
        }""");

    Flow flow = client.getFlow(FLOW, FlowField.ID, FlowField.NAME, FlowField.JSON_VERSION, FlowField.DATA_API_VERSION,
        FlowField.ENDPOINT_URI, FlowField.preview(false), FlowField.WHATSAPP_BUSINESS_ACCOUNT, FlowField.APPLICATION,
        FlowField.healthStatus("109876543210987"), FlowField.UPDATED_AT);

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v21.0/" + FLOW);
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("id,name,json_version,data_api_version,"
        + "endpoint_uri,preview.invalidate(false),whatsapp_business_account,application,"
        + "health_status.phone_number(109876543210987),updated_at");
    assertThat(flow.jsonVersion()).contains("7.3");
    assertThat(flow.dataApiVersion()).contains("3.0");
    assertThat(flow.endpointUri()).contains("https://booking.example.org/flow");
    assertThat(flow.preview().orElseThrow().previewUrl()).hasToString(
        "https://business.facebook.com/wa/manage/flows/771234567890123/preview/?token=7f3c0d1e");
    assertThat(flow.preview().orElseThrow().expiresAt()).contains("2026-07-01T10:00:00+0000");
    assertThat(flow.businessAccount()).contains(new Flow.BusinessAccount("110200300400500",
        Optional.of("Example Clinic"), Optional.of("54"), Optional.of("1a2b3c4d_5e6f_7a8b_9c0d_ef1234567890")));
    assertThat(flow.application()).contains(new Flow.Application("880011223344556", Optional.of("Clinic Bot"),
        Optional.of("https://www.facebook.com/games/?app_id=880011223344556")));
    Flow.HealthStatus health = flow.healthStatus().orElseThrow();
    assertThat(health.isAvailable()).isFalse();
    assertThat(health.entities()).containsExactly(
        new Flow.Entity("FLOW", FLOW, "BLOCKED", List.of(new Flow.HealthError(131000,
            "endpoint_uri: Set the endpoint URI before the flow can be sent or published.",
            "Configure the endpoint URI through the Flows API.")), List.of()),
        new Flow.Entity("APP", "880011223344556", "LIMITED", List.of(),
            List.of("The app is not subscribed to the messages webhook field.")));
    assertThat(flow.updatedAt()).contains("2026-05-04T12:30:00+0000");
  }

  @Test
  void get_reads_data_channel_uri_of_old_graph_versions_and_keeps_unknown_statuses() {
    graph.reply(200, "{\"id\":\"" + FLOW + "\",\"status\":\"PAUSED\",\"data_channel_uri\":\"https://old.example.org\"}");

    Flow flow = client.getFlow(FLOW, FlowField.STATUS, FlowField.ENDPOINT_URI);

    assertThat(flow.endpointUri()).contains("https://old.example.org");
    assertThat(flow.status()).contains(FlowStatus.UNKNOWN);
  }

  @Test
  void graph_v18_and_older_name_the_endpoint_data_channel_uri_in_fields_and_bodies() {
    GraphApiClient v18 = client.newBuilder().apiVersion("v18.0").build();
    graph.reply(200, "{\"id\":\"" + FLOW + "\",\"data_channel_uri\":\"https://old.example.org\"}");
    graph.reply(200, "{\"id\":\"" + FLOW + "\"}");
    graph.reply(200, "{\"success\":true}");

    assertThat(v18.getFlow(FLOW, FlowField.ID, FlowField.ENDPOINT_URI).endpointUri()).contains("https://old.example.org");
    v18.createFlow(WABA, CreateFlowRequest.builder("old", FlowCategory.OTHER).endpointUri("https://e.example.org").build());
    v18.updateFlowMetadata(FLOW, FlowUpdate.builder().endpointUri("https://f.example.org").build());

    assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("id,data_channel_uri");
    assertThat(jsonBody(graph.take())).isEqualTo(json(
        "{\"name\":\"old\",\"categories\":[\"OTHER\"],\"data_channel_uri\":\"https://e.example.org\"}"));
    assertThat(jsonBody(graph.take())).isEqualTo(json("{\"data_channel_uri\":\"https://f.example.org\"}"));
  }

  @Test
  void list_pages_by_following_next_links_to_the_configured_server() {
    String next = graph.baseUrl() + "/v21.0/" + WABA + "/flows?limit=1&after=QVFIUmZpcnN0";
    graph.reply(200, """
        {"data":[{"id":"771000000000001","name":"lead form"}],
         "paging":{"cursors":{"before":"QVFIUmxhc3Q","after":"QVFIUmZpcnN0"},"next":"%s"}}""".formatted(next));
    graph.reply(200, """
        {"data":[{"id":"771000000000002","name":"survey"}],
         "paging":{"cursors":{"before":"QVFIUmZpcnN0","after":"QVFIUmxhc3Q"}}}""");

    Page<Flow> first = client.listFlows(WABA, 1, FlowField.ID, FlowField.NAME);
    Page<Flow> second = client.nextPage(first).orElseThrow();

    RecordedRequest one = graph.take();
    assertThat(one.getMethod()).isEqualTo("GET");
    assertThat(one.getUrl().encodedPath()).isEqualTo("/v21.0/" + WABA + "/flows");
    assertThat(one.getUrl().queryParameter("fields")).isEqualTo("id,name");
    assertThat(one.getUrl().queryParameter("limit")).isEqualTo("1");
    assertThat(graph.take().getTarget()).isEqualTo("/v21.0/" + WABA + "/flows?limit=1&after=QVFIUmZpcnN0");
    assertThat(first.data()).extracting(Flow::id).containsExactly("771000000000001");
    assertThat(first.after()).contains("QVFIUmZpcnN0");
    assertThat(first.before()).contains("QVFIUmxhc3Q");
    assertThat(first.hasNext()).isTrue();
    assertThat(second.data()).extracting(f -> f.name().orElseThrow()).containsExactly("survey");
    assertThat(second.hasNext()).isFalse();
    assertThat(client.nextPage(second)).isEmpty();
    assertThat(graph.requestCount()).isEqualTo(2);
  }

  @Test
  void list_pages_with_the_after_cursor_when_next_points_at_another_host() {
    graph.reply(200, """
        {"data":[{"id":"1"}],"paging":{"cursors":{"after":"CUR"},
         "next":"https://graph.facebook.com/v21.0/110200300400500/flows?after=CUR&access_token=x"}}""");
    graph.reply(200, "{\"data\":[{\"id\":\"2\"}],\"paging\":{}}");

    Page<Flow> second = client.nextPage(client.listFlows(WABA)).orElseThrow();

    assertThat(graph.take().getTarget()).isEqualTo("/v21.0/" + WABA + "/flows");
    assertThat(graph.take().getTarget()).isEqualTo("/v21.0/" + WABA + "/flows?after=CUR");
    assertThat(second.data()).extracting(Flow::id).containsExactly("2");
  }

  @Test
  void update_sends_only_what_changes() {
    graph.reply(200, "{\"success\":true}");

    client.updateFlowMetadata(FLOW, FlowUpdate.builder().name("renamed").categories(FlowCategory.SIGN_IN)
        .endpointUri("https://e.example.org/flow").applicationId("880011223344556").build());

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v21.0/" + FLOW);
    assertThat(jsonBody(request)).isEqualTo(json("""
        {"name":"renamed","categories":["SIGN_IN"],"endpoint_uri":"https://e.example.org/flow",
         "application_id":"880011223344556"}"""));
    assertThatIllegalStateException().isThrownBy(() -> FlowUpdate.builder().build());
  }

  @Test
  void upload_sends_multipart_file_name_and_asset_type_and_returns_the_validation_errors() {
    graph.reply(200, "{\"success\":true,\"validation_errors\":" + VALIDATION_ERRORS + "}");

    FlowJsonUpload upload = client.uploadFlowJson(FLOW, MINIMAL_FLOW);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v21.0/" + FLOW + "/assets");
    assertMultipartFlowJson(request, MINIMAL_FLOW);
    assertThat(upload.flowId()).isEqualTo(FLOW);
    assertThat(upload.isValid()).isFalse();
    assertThat(upload.validationErrors()).extracting(FlowValidationError::error)
        .containsExactly("INVALID_PROPERTY_VALUE");
    assertThatExceptionOfType(FlowValidationException.class).isThrownBy(upload::requireValid);
  }

  @Test
  void upload_takes_a_flow_json_model_a_path_and_a_stream(@TempDir Path dir) throws Exception {
    FlowJson model = FlowJsonMapper.read(MINIMAL_FLOW);
    Path file = dir.resolve("flow.json");
    Files.writeString(file, MINIMAL_FLOW);
    for (int i = 0; i < 3; i++) {
      graph.reply(200, "{\"success\":true,\"validation_errors\":[]}");
    }

    assertThat(client.uploadFlowJson(FLOW, model).requireValid().isValid()).isTrue();
    assertThat(client.uploadFlowJson(FLOW, file).isValid()).isTrue();
    assertThat(client.uploadFlowJson(FLOW, new ByteArrayInputStream(MINIMAL_FLOW.getBytes(StandardCharsets.UTF_8)))
        .isValid()).isTrue();

    assertMultipartFlowJson(graph.take(), FlowJsonMapper.write(model));
    assertMultipartFlowJson(graph.take(), MINIMAL_FLOW);
    assertMultipartFlowJson(graph.take(), MINIMAL_FLOW);
  }

  private static void assertMultipartFlowJson(RecordedRequest request, String json) {
    String contentType = request.getHeaders().get("Content-Type");
    assertThat(contentType).startsWith("multipart/form-data; boundary=");
    String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
    String body = body(request);
    assertThat(body).contains("--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"flow.json\"\r\n"
        + "Content-Type: application/json; charset=utf-8\r\n\r\n" + json + "\r\n");
    assertThat(body).contains("Content-Disposition: form-data; name=\"name\"\r\n\r\nflow.json\r\n");
    assertThat(body).contains("Content-Disposition: form-data; name=\"asset_type\"\r\n\r\nFLOW_JSON\r\n");
    assertThat(body).endsWith("--" + boundary + "--\r\n");
  }

  @Test
  void list_assets_asks_for_name_type_and_download_url() {
    graph.reply(200, """
        {"data":[{"name":"flow.json","asset_type":"FLOW_JSON",
          "download_url":"https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/flow.json"}],
         "paging":{"cursors":{"before":"MAZDZD","after":"MAZDZD"}}}""");

    Page<FlowAsset> assets = client.listAssets(FLOW);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v21.0/" + FLOW + "/assets");
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("name,asset_type,download_url");
    assertThat(assets.data()).containsExactly(new FlowAsset("flow.json", "FLOW_JSON",
        Optional.of("https://scontent.xx.fbcdn.net/m1/v/t0.57323-24/flow.json")));
    assertThat(assets.hasNext()).isFalse();
  }

  @Test
  void publish_deprecate_and_delete_use_their_method_and_path_without_a_body() {
    graph.reply(200, "{\"success\":true}").reply(200, "{\"success\":true}").reply(200, "{\"success\":true}");

    client.publish(FLOW);
    client.deprecate(FLOW);
    client.deleteFlow(FLOW);

    RecordedRequest publish = graph.take();
    assertThat(publish.getMethod() + " " + publish.getTarget()).isEqualTo("POST /v21.0/" + FLOW + "/publish");
    assertThat(publish.getBodySize()).isZero();
    RecordedRequest deprecate = graph.take();
    assertThat(deprecate.getMethod() + " " + deprecate.getTarget()).isEqualTo("POST /v21.0/" + FLOW + "/deprecate");
    assertThat(deprecate.getBodySize()).isZero();
    RecordedRequest delete = graph.take();
    assertThat(delete.getMethod() + " " + delete.getTarget()).isEqualTo("DELETE /v21.0/" + FLOW);
  }

  @Test
  void publish_refused_for_validation_errors_throws_them_read_from_the_flow() {
    graph.reply(400, """
        {"error":{"message":"Invalid parameter","type":"OAuthException","code":139002,
         "error_user_title":"Publishing Flow with validation errors","fbtrace_id":"AbCdEf0123456789ghIjKlM"}}""");
    graph.reply(200, "{\"id\":\"" + FLOW + "\",\"validation_errors\":" + VALIDATION_ERRORS + "}");

    assertThatExceptionOfType(FlowValidationException.class).isThrownBy(() -> client.publish(FLOW))
        .satisfies(e -> {
          assertThat(e.validationErrors()).extracting(FlowValidationError::message)
              .containsExactly("Invalid value found for property 'type'.");
          assertThat(e.getCause()).isInstanceOfSatisfying(FlowApiException.class,
              cause -> assertThat(cause.kind()).isEqualTo(FlowApiException.Kind.PUBLISH_REFUSED));
        });
    assertThat(graph.take().getTarget()).isEqualTo("/v21.0/" + FLOW + "/publish");
    RecordedRequest read = graph.take();
    assertThat(read.getUrl().queryParameter("fields")).isEqualTo("validation_errors");
  }

  @Test
  void publish_refused_for_another_reason_throws_the_flow_error() {
    graph.reply(400, """
        {"error":{"message":"Missing Flows Signed Public Key","type":"OAuthException","code":139002,
         "is_transient":false,"fbtrace_id":"Az1Yb2Xc3Wd4Ve5Uf6Tg7Sh"}}""");

    assertThatExceptionOfType(FlowApiException.class).isThrownBy(() -> client.publish(FLOW))
        .satisfies(e -> {
          assertThat(e.kind()).isEqualTo(FlowApiException.Kind.PUBLISH_REFUSED);
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.error().isTransient()).contains(false);
        })
        .withMessage("POST /v21.0/" + FLOW + "/publish failed with code 139002: Missing Flows Signed Public Key "
            + "[HTTP 400, fbtrace_id Az1Yb2Xc3Wd4Ve5Uf6Tg7Sh]");
    assertThat(graph.requestCount()).isEqualTo(1);
  }

  @Test
  void delete_of_a_published_flow_is_a_delete_refused_flow_error() {
    graph.reply(400, "{\"error\":{\"message\":\"Can't delete published Flow\",\"type\":\"OAuthException\","
        + "\"code\":139004,\"fbtrace_id\":\"x\"}}");

    assertThatExceptionOfType(FlowApiException.class).isThrownBy(() -> client.deleteFlow(FLOW))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(FlowApiException.Kind.DELETE_REFUSED));
  }

  @Test
  void migrate_sends_source_waba_and_names_as_query_and_reads_both_lists() {
    graph.reply(200, """
        {"migrated_flows":[{"source_name":"appointment","source_id":"771000000000001","migrated_id":"772000000000009"}],
         "failed_flows":[{"source_name":"lead-gen","error_code":"4233041",
           "error_message":"Flows Migration Error: Flow with the same name exists in destination WABA."}]}""");

    FlowMigration migration = client.migrateFlows("220200300400500", WABA, List.of("appointment", "lead-gen"));

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v21.0/220200300400500/migrate_flows");
    assertThat(request.getUrl().queryParameter("source_waba_id")).isEqualTo(WABA);
    assertThat(request.getUrl().queryParameter("source_flow_names")).isEqualTo("[\"appointment\",\"lead-gen\"]");
    assertThat(migration.migratedFlows()).containsExactly(
        new FlowMigration.Migrated("appointment", "771000000000001", "772000000000009"));
    assertThat(migration.failedFlows()).containsExactly(new FlowMigration.Failed("lead-gen", "4233041",
        "Flows Migration Error: Flow with the same name exists in destination WABA."));
  }

  @Test
  void preview_url_asks_to_invalidate_and_builds_interactive_links() {
    graph.reply(200, """
        {"preview":{"preview_url":"https://business.facebook.com/wa/manage/flows/771234567890123/preview/?token=b9d6",
          "expires_at":"2026-07-01T10:00:00+0000"},"id":"771234567890123"}""");

    FlowPreview preview = client.previewUrl(FLOW, true);

    assertThat(graph.take().getUrl().queryParameter("fields")).isEqualTo("preview.invalidate(true)");
    String base = "https://business.facebook.com/wa/manage/flows/771234567890123/preview/?token=b9d6";
    assertThat(preview.previewUrl()).hasToString(base);
    assertThat(preview.interactive("bk-1", "15550001111")).hasToString(base
        + "&interactive=true&flow_token=bk-1&flow_action=data_exchange&phone_number=15550001111");
    assertThat(preview.interactiveNavigate("", "PICK_SLOT", Map.of("clinic", "Harbour St"), true)).hasToString(base
        + "&interactive=true&flow_action=navigate&flow_action_payload="
        + "%7B%22screen%22%3A%22PICK_SLOT%22%2C%22data%22%3A%7B%22clinic%22%3A%22Harbour%20St%22%7D%7D&debug=true");
  }

  @Test
  void metric_sends_the_field_with_modifiers_and_reads_the_data_points() {
    graph.reply(200, """
        {"id":"771234567890123","metric":{"name":"ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL","granularity":"DAY",
          "data_points":[
            {"timestamp":"2026-05-01T07:00:00+0000","data":[{"key":"1","value":410},{"key":"2","value":9}]},
            {"timestamp":"2026-05-02T07:00:00+0000","data":[{"key":"1","value":388}]}]}}""");

    FlowMetric metric = client.metric(FLOW, FlowMetric.Name.ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL,
        FlowMetric.Granularity.DAY, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 2));

    RecordedRequest request = graph.take();
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v21.0/" + FLOW);
    assertThat(request.getUrl().queryParameter("fields")).isEqualTo("metric.name(ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL)"
        + ".granularity(DAY).since(2026-05-01).until(2026-05-02)");
    assertThat(metric.name()).isEqualTo("ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL");
    assertThat(metric.granularity()).isEqualTo("DAY");
    assertThat(metric.dataPoints()).containsExactly(
        new FlowMetric.DataPoint("2026-05-01T07:00:00+0000",
            List.of(new FlowMetric.Datum("1", 410), new FlowMetric.Datum("2", 9))),
        new FlowMetric.DataPoint("2026-05-02T07:00:00+0000", List.of(new FlowMetric.Datum("1", 388))));
  }

  @Test
  void metric_below_the_threshold_is_a_typed_flow_error() {
    graph.reply(400, "{\"error\":{\"message\":\"Metrics threshold is not reached\",\"type\":\"OAuthException\","
        + "\"code\":139006,\"fbtrace_id\":\"A1\"}}");

    assertThatExceptionOfType(FlowApiException.class)
        .isThrownBy(() -> client.metric(FLOW, FlowMetric.Name.ENDPOINT_REQUEST_COUNT, FlowMetric.Granularity.LIFETIME,
            null, null))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(FlowApiException.Kind.METRICS_THRESHOLD_NOT_REACHED));
    assertThat(graph.take().getUrl().queryParameter("fields"))
        .isEqualTo("metric.name(ENDPOINT_REQUEST_COUNT).granularity(LIFETIME)");
  }
}
