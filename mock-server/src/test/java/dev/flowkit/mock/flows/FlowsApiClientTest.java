package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.graph.BusinessPublicKey;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.CreatedFlow;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowApiException;
import dev.flowkit.graph.FlowAsset;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowField;
import dev.flowkit.graph.FlowJsonUpload;
import dev.flowkit.graph.FlowMetric;
import dev.flowkit.graph.FlowMigration;
import dev.flowkit.graph.FlowPreview;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.FlowUpdate;
import dev.flowkit.graph.FlowValidationException;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.GraphApiException;
import dev.flowkit.graph.Page;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Http;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every Flows API and business-key call of core's {@link GraphApiClient} against a {@link MockWhatsApp}, end to
 * end over loopback: the client's integration suite and the mock's contract with it.
 */
class FlowsApiClientTest {

  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  static KeyPair keys;
  String waba;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().tenant("Other Co").build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
    keys = BusinessKeys.generate();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
    waba = whatsapp.wabaId();
  }

  private String draft(String name, String json) {
    return client.createFlow(waba, CreateFlowRequest.builder(name, FlowCategory.SIGN_UP).flowJson(json).build()).id();
  }

  private static FlowApiException flowError(Runnable call) {
    try {
      call.run();
    } catch (FlowApiException e) {
      return e;
    }
    throw new AssertionError("expected a FlowApiException");
  }

  private static GraphApiException graphError(Runnable call) {
    try {
      call.run();
    } catch (GraphApiException e) {
      return e;
    }
    throw new AssertionError("expected a GraphApiException");
  }

  @Test
  void create_answers_an_id_and_the_flow_reads_back_as_a_draft_with_default_fields() {
    CreatedFlow created = client.createFlow(waba,
        CreateFlowRequest.builder("lead form", FlowCategory.LEAD_GENERATION, FlowCategory.SHOPPING).build());

    Flow flow = client.getFlow(created.id());

    assertThat(flow.id()).isEqualTo(created.id()).matches("\\d{15}");
    assertThat(flow.name()).contains("lead form");
    assertThat(flow.status()).contains(FlowStatus.DRAFT);
    assertThat(flow.categories()).containsExactly(FlowCategory.LEAD_GENERATION, FlowCategory.SHOPPING);
    assertThat(flow.validationErrors()).isEmpty();
    assertThat(flow.jsonVersion()).isEmpty();
  }

  @Test
  void create_with_flow_json_reports_the_validators_errors_and_stores_them() {
    CreatedFlow created = client.createFlow(waba,
        CreateFlowRequest.builder("broken", FlowCategory.OTHER).flowJson(FlowFixtures.INVALID_FLOW).build());

    assertThat(created.validationErrors()).isNotEmpty();
    assertThat(client.getFlow(created.id()).validationErrors()).isEqualTo(created.validationErrors());
  }

  @Test
  void a_second_flow_with_the_same_name_in_the_waba_is_refused_with_100() {
    draft("twin", FlowFixtures.STATIC_FLOW);

    GraphApiException e = graphError(() -> draft("twin", FlowFixtures.STATIC_FLOW));

    assertThat(e.error().code()).isEqualTo(100);
    assertThat(e.error().userTitle()).contains("Flow name is not unique");
    assertThat(e.httpStatus()).isEqualTo(400);
  }

  @Test
  void create_and_publish_makes_a_published_flow_in_one_call() {
    String id = client.createFlow(waba, CreateFlowRequest.builder("live", FlowCategory.SURVEY)
        .flowJson(FlowFixtures.STATIC_FLOW).publish(true).build()).id();

    assertThat(client.getFlow(id).status()).contains(FlowStatus.PUBLISHED);
  }

  @Test
  void create_and_publish_with_errors_is_refused_and_creates_nothing() {
    FlowApiException e = flowError(() -> client.createFlow(waba, CreateFlowRequest.builder("bad", FlowCategory.SURVEY)
        .flowJson(FlowFixtures.INVALID_FLOW).publish(true).build()));

    assertThat(e.kind()).isEqualTo(FlowApiException.Kind.PUBLISH_REFUSED);
    assertThat(e.error().message()).isEqualTo("Publishing Flow with validation errors");
    assertThat(client.listFlows(waba).data()).isEmpty();
  }

  @Test
  void clone_copies_the_sources_json_and_an_unknown_source_is_refused() {
    String source = draft("source", FlowFixtures.STATIC_FLOW);

    String copy = client.createFlow(waba, CreateFlowRequest.builder("copy", FlowCategory.OTHER).cloneOf(source)
        .build()).id();
    GraphApiException unknown = graphError(() -> client.createFlow(waba,
        CreateFlowRequest.builder("copy2", FlowCategory.OTHER).cloneOf("123456789012345").build()));

    assertThat(client.getFlow(copy, FlowField.JSON_VERSION).jsonVersion()).contains("7.3");
    assertThat(unknown.error().code()).isEqualTo(100);
    assertThat(unknown.error().userTitle()).contains("Flow with specified ID does not exist");
  }

  @Test
  void get_answers_every_field_asked_for() {
    String id = client.createFlow(waba, CreateFlowRequest.builder("full", FlowCategory.SIGN_IN)
        .flowJson(FlowFixtures.ENDPOINT_FLOW).endpointUri("https://example.org/flow").build()).id();

    Flow flow = client.getFlow(id, FlowField.ID, FlowField.NAME, FlowField.JSON_VERSION, FlowField.DATA_API_VERSION,
        FlowField.ENDPOINT_URI, FlowField.WHATSAPP_BUSINESS_ACCOUNT, FlowField.APPLICATION, FlowField.UPDATED_AT,
        FlowField.HEALTH_STATUS);

    assertThat(flow.jsonVersion()).contains("7.3");
    assertThat(flow.dataApiVersion()).contains("3.0");
    assertThat(flow.endpointUri()).contains("https://example.org/flow");
    assertThat(flow.businessAccount().orElseThrow().id()).isEqualTo(waba);
    assertThat(flow.application()).isPresent();
    assertThat(flow.updatedAt().orElseThrow()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+0000");
    assertThat(flow.healthStatus().orElseThrow().canSendMessage()).isEqualTo("BLOCKED");
    assertThat(flow.status()).isEmpty();
  }

  @Test
  void a_client_on_v18_reads_and_writes_the_endpoint_as_data_channel_uri() {
    GraphApiClient v18 = client.newBuilder().apiVersion("v18.0").build();
    String id = v18.createFlow(waba, CreateFlowRequest.builder("legacy", FlowCategory.OTHER)
        .endpointUri("https://example.org/old").build()).id();

    v18.updateFlowMetadata(id, FlowUpdate.builder().endpointUri("https://example.org/older").build());

    assertThat(v18.getFlow(id, FlowField.ENDPOINT_URI).endpointUri()).contains("https://example.org/older");
    assertThat(client.getFlow(id, FlowField.ENDPOINT_URI).endpointUri()).contains("https://example.org/older");
  }

  @Test
  void update_links_an_app_of_the_business_and_refuses_a_foreign_one() {
    String id = draft("linked", FlowFixtures.STATIC_FLOW);
    String foreignApp = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants").body().get("data").get(1)
        .get("app_id").asString();

    GraphApiException e = graphError(() -> client.updateFlowMetadata(id,
        FlowUpdate.builder().applicationId(foreignApp).build()));
    client.updateFlowMetadata(id, FlowUpdate.builder().applicationId(whatsapp.appId()).build());

    assertThat(e.error().code()).isEqualTo(100);
    assertThat(client.getFlow(id, FlowField.APPLICATION).application().orElseThrow().id()).isEqualTo(whatsapp.appId());
  }

  @Test
  void publish_in_a_waba_without_phone_number_is_refused() {
    String second = secondWaba();
    String id = client.createFlow(second, CreateFlowRequest.builder("no phone", FlowCategory.OTHER)
        .flowJson(FlowFixtures.STATIC_FLOW).build()).id();

    FlowApiException e = flowError(() -> client.publish(id));

    assertThat(e.error().message()).isEqualTo("No Phone Number connected to WhatsApp Business Account");
  }

  @Test
  void health_status_for_a_number_lists_the_number_and_blocks_it_without_a_key() {
    String id = client.createFlow(waba, CreateFlowRequest.builder("health", FlowCategory.SIGN_IN)
        .flowJson(FlowFixtures.ENDPOINT_FLOW).endpointUri("https://example.org/flow").build()).id();

    Flow.HealthStatus health = client.getFlow(id, FlowField.healthStatus(whatsapp.phoneNumberId()))
        .healthStatus().orElseThrow();

    assertThat(health.entities()).extracting(Flow.Entity::entityType)
        .containsExactly("FLOW", "WABA", "BUSINESS", "APP", "PHONE_NUMBER");
    assertThat(health.entities().get(4).canSendMessage()).isEqualTo("BLOCKED");
    assertThat(health.entities().get(0).errors()).extracting(Flow.HealthError::description)
        .anySatisfy(d -> assertThat(d).startsWith("public_key:"));
  }

  @Test
  void list_pages_with_cursors_until_the_last_page() {
    for (int i = 0; i < 5; i++) {
      draft("flow " + i, FlowFixtures.STATIC_FLOW);
    }

    Page<Flow> first = client.listFlows(waba, 2);
    Page<Flow> second = client.nextPage(first).orElseThrow();
    Page<Flow> third = client.nextPage(second).orElseThrow();

    assertThat(first.data()).extracting(f -> f.name().orElseThrow()).containsExactly("flow 0", "flow 1");
    assertThat(second.data()).extracting(f -> f.name().orElseThrow()).containsExactly("flow 2", "flow 3");
    assertThat(third.data()).extracting(f -> f.name().orElseThrow()).containsExactly("flow 4");
    assertThat(client.nextPage(third)).isEmpty();
  }

  @Test
  void update_metadata_changes_name_categories_and_endpoint() {
    String id = draft("before", FlowFixtures.ENDPOINT_FLOW);

    client.updateFlowMetadata(id, FlowUpdate.builder().name("after").categories(FlowCategory.CONTACT_US)
        .endpointUri("https://example.org/new").build());

    Flow flow = client.getFlow(id, FlowField.NAME, FlowField.CATEGORIES, FlowField.ENDPOINT_URI);
    assertThat(flow.name()).contains("after");
    assertThat(flow.categories()).containsExactly(FlowCategory.CONTACT_US);
    assertThat(flow.endpointUri()).contains("https://example.org/new");
  }

  @Test
  void update_with_an_invalid_endpoint_uri_is_refused() {
    String id = draft("uri", FlowFixtures.ENDPOINT_FLOW);

    GraphApiException e = graphError(() -> client.updateFlowMetadata(id,
        FlowUpdate.builder().endpointUri("not a url").build()));

    assertThat(e.error().code()).isEqualTo(100);
    assertThat(e.error().userTitle()).contains("Invalid Endpoint URI");
  }

  @Test
  void upload_validates_every_time_and_derives_the_versions() {
    String id = draft("upload", FlowFixtures.STATIC_FLOW);

    FlowJsonUpload bad = client.uploadFlowJson(id, FlowFixtures.INVALID_FLOW);
    FlowJsonUpload notJson = client.uploadFlowJson(id, "{ not json");
    FlowJsonUpload good = client.uploadFlowJson(id, FlowFixtures.ENDPOINT_FLOW);

    assertThat(bad.validationErrors()).isNotEmpty();
    assertThat(notJson.validationErrors()).extracting(e -> e.error()).containsExactly("INVALID_FLOW_JSON");
    assertThat(good.validationErrors()).isEmpty();
    Flow flow = client.getFlow(id, FlowField.VALIDATION_ERRORS, FlowField.DATA_API_VERSION);
    assertThat(flow.validationErrors()).isEmpty();
    assertThat(flow.dataApiVersion()).contains("3.0");
  }

  @Test
  void assets_list_a_download_url_that_serves_the_uploaded_text_without_auth() {
    String id = draft("assets", FlowFixtures.STATIC_FLOW);
    client.uploadFlowJson(id, FlowFixtures.STATIC_FLOW);

    List<FlowAsset> assets = client.listAssets(id).data();

    assertThat(assets).hasSize(1);
    assertThat(assets.get(0).name()).isEqualTo("flow.json");
    assertThat(assets.get(0).assetType()).isEqualTo("FLOW_JSON");
    String url = assets.get(0).downloadUrl().orElseThrow();
    assertThat(Http.getNoAuth(url).body()).isEqualTo(Http.MAPPER.readTree(FlowFixtures.STATIC_FLOW));
  }

  @Test
  void publish_makes_a_valid_static_flow_published_and_it_can_no_longer_be_updated() {
    String id = draft("publish me", FlowFixtures.STATIC_FLOW);

    client.publish(id);

    assertThat(client.getFlow(id).status()).contains(FlowStatus.PUBLISHED);
    FlowApiException update = flowError(() -> client.uploadFlowJson(id, FlowFixtures.STATIC_FLOW));
    assertThat(update.kind()).isEqualTo(FlowApiException.Kind.UPDATE_REFUSED);
    assertThat(update.error().message()).isEqualTo("Flow can't be updated");
    FlowApiException again = flowError(() -> client.publish(id));
    assertThat(again.error().message()).isEqualTo("Publishing Flow in invalid state");
  }

  @Test
  void publish_with_validation_errors_throws_them_from_the_client() {
    String id = draft("invalid", FlowFixtures.INVALID_FLOW);

    assertThatExceptionOfType(FlowValidationException.class).isThrownBy(() -> client.publish(id))
        .satisfies(e -> assertThat(e.validationErrors()).isNotEmpty());
  }

  @Test
  void publish_of_a_frozen_version_is_refused() {
    String id = draft("frozen", FlowFixtures.FROZEN_FLOW);

    FlowApiException e = flowError(() -> client.publish(id));

    assertThat(e.error().message()).isEqualTo("Versions in Flow JSON file are not available for publishing");
    assertThat(e.error().code()).isEqualTo(139002);
  }

  @Test
  void deprecate_follows_the_state_machine() {
    String id = draft("deprecate", FlowFixtures.STATIC_FLOW);

    FlowApiException unpublished = flowError(() -> client.deprecate(id));
    client.publish(id);
    client.deprecate(id);
    FlowApiException twice = flowError(() -> client.deprecate(id));

    assertThat(unpublished.error().message()).isEqualTo("Can't deprecate unpublished flow");
    assertThat(twice.error().message()).isEqualTo("Flow is already deprecated");
    assertThat(twice.kind()).isEqualTo(FlowApiException.Kind.DEPRECATE_REFUSED);
    assertThat(client.getFlow(id).status()).contains(FlowStatus.DEPRECATED);
  }

  @Test
  void delete_removes_a_draft_and_refuses_a_published_flow() {
    String draft = draft("gone", FlowFixtures.STATIC_FLOW);
    String published = draft("kept", FlowFixtures.STATIC_FLOW);
    client.publish(published);

    client.deleteFlow(draft);
    FlowApiException refused = flowError(() -> client.deleteFlow(published));
    GraphApiException gone = graphError(() -> client.getFlow(draft));

    assertThat(refused.kind()).isEqualTo(FlowApiException.Kind.DELETE_REFUSED);
    assertThat(gone.error().code()).isEqualTo(100);
    assertThat(gone.error().subcode()).contains(33);
  }

  @Test
  void a_flow_of_another_business_does_not_exist_for_this_token() {
    String tenants = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants").body().get("data").get(1)
        .get("access_token").asString();
    GraphApiClient other = client.newBuilder().accessToken(tenants).build();
    String id = draft("mine", FlowFixtures.STATIC_FLOW);

    GraphApiException e = graphError(() -> other.getFlow(id));

    assertThat(e.error().code()).isEqualTo(100);
    assertThat(e.error().subcode()).contains(33);
    assertThat(e.error().type()).isEqualTo("GraphMethodException");
  }

  @Test
  void preview_link_stays_while_valid_and_changes_on_invalidate() {
    String id = draft("preview", FlowFixtures.STATIC_FLOW);

    FlowPreview first = client.previewUrl(id, false);
    FlowPreview same = client.previewUrl(id, false);
    FlowPreview fresh = client.previewUrl(id, true);

    assertThat(same.previewUrl()).isEqualTo(first.previewUrl());
    assertThat(fresh.previewUrl()).isNotEqualTo(first.previewUrl());
    assertThat(first.expiresAt()).isPresent();
  }

  @Test
  void metrics_need_250_endpoint_requests() {
    String id = draft("metrics", FlowFixtures.ENDPOINT_FLOW);

    FlowApiException below = flowError(() -> client.metric(id, FlowMetric.Name.ENDPOINT_REQUEST_COUNT,
        FlowMetric.Granularity.DAY, null, null));
    Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/flows/" + id + "/endpoint_requests",
        "application/x-www-form-urlencoded", "count=240&latency_ms=800");
    Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/flows/" + id + "/endpoint_requests",
        "application/x-www-form-urlencoded", "count=10&latency_ms=2500&error_type=timeout_error");
    FlowMetric count = client.metric(id, FlowMetric.Name.ENDPOINT_REQUEST_COUNT, FlowMetric.Granularity.LIFETIME,
        null, null);
    FlowMetric latency = client.metric(id, FlowMetric.Name.ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL,
        FlowMetric.Granularity.DAY, null, null);
    FlowMetric errors = client.metric(id, FlowMetric.Name.ENDPOINT_REQUEST_ERROR, FlowMetric.Granularity.HOUR,
        null, null);

    assertThat(below.kind()).isEqualTo(FlowApiException.Kind.METRICS_THRESHOLD_NOT_REACHED);
    assertThat(count.dataPoints()).hasSize(1);
    assertThat(count.dataPoints().get(0).data().get(0).value()).isEqualTo(250.0);
    assertThat(latency.dataPoints().get(0).data()).extracting(FlowMetric.Datum::key, FlowMetric.Datum::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("1", 240.0), org.assertj.core.groups.Tuple.tuple("3", 10.0));
    assertThat(errors.dataPoints().get(0).data()).extracting(FlowMetric.Datum::key).containsExactly("timeout_error");
  }

  @Test
  void migrate_copies_flows_by_name_and_lists_the_failures() {
    String published = draft("appointment", FlowFixtures.STATIC_FLOW);
    client.publish(published);
    draft("lead-gen", FlowFixtures.STATIC_FLOW);
    String destination = secondWaba();

    FlowMigration migration = client.migrateFlows(destination, waba, List.of("appointment", "missing"));

    assertThat(migration.migratedFlows()).singleElement().satisfies(m -> {
      assertThat(m.sourceName()).isEqualTo("appointment");
      assertThat(m.sourceId()).isEqualTo(published);
      assertThat(client.getFlow(m.migratedId()).status()).contains(FlowStatus.PUBLISHED);
    });
    assertThat(migration.failedFlows()).singleElement().satisfies(f -> {
      assertThat(f.errorCode()).isEqualTo("4233041");
      assertThat(f.errorMessage()).isEqualTo("Flows Migration Error: Flow name not found in source WABA.");
    });
    FlowMigration again = client.migrateFlows(destination, waba, List.of());
    assertThat(again.failedFlows()).extracting(FlowMigration.Failed::errorMessage).contains(
        "Flows Migration Error: Flow with the same name exists in destination WABA.");
    assertThat(again.migratedFlows()).extracting(FlowMigration.Migrated::sourceName).containsExactly("lead-gen");
  }

  /** A second WABA of the seeded business, made through the control API. */
  private String secondWaba() {
    return Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/wabas", "application/json",
        "{\"business_id\":\"" + whatsapp.businessId() + "\",\"name\":\"Second\"}").body().get("id").asString();
  }

  @Test
  void migrate_from_a_waba_of_another_business_is_refused() {
    String foreign = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/tenants").body().get("data").get(1)
        .get("waba_id").asString();

    GraphApiException e = graphError(() -> client.migrateFlows(waba, foreign, List.of()));

    assertThat(e.error().code()).isEqualTo(100);
  }

  @Test
  void business_public_key_round_trips_with_a_valid_signature() {
    assertThat(client.getBusinessPublicKey(whatsapp.phoneNumberId())).isEmpty();

    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());
    Optional<BusinessPublicKey> key = client.getBusinessPublicKey(whatsapp.phoneNumberId());

    assertThat(key.orElseThrow().pem()).isEqualTo(BusinessKeys.toPem(keys.getPublic()));
    assertThat(key.get().signatureStatus()).contains("VALID");
    JsonNode mismatch = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/phone_numbers/" + whatsapp.phoneNumberId()
        + "/key_signature_status", "application/json", "{\"status\":\"MISMATCH\"}").body();
    assertThat(mismatch.get("business_public_key_signature_status").asString()).isEqualTo("MISMATCH");
    assertThat(client.getBusinessPublicKey(whatsapp.phoneNumberId()).orElseThrow().signatureStatus())
        .contains("MISMATCH");
  }

  @Test
  void a_business_public_key_that_is_not_rsa_2048_is_refused_with_100() {
    String small = BusinessKeys.toPem(BusinessKeys.generate(3072).getPublic());

    GraphApiException e = graphError(() -> client.setBusinessPublicKey(whatsapp.phoneNumberId(), small));

    assertThat(e.error().code()).isEqualTo(100);
    assertThat(e.error().details().orElseThrow()).contains("2048-bit RSA public key in PEM format")
        .contains("3072 bits");
  }
}
