package dev.flowkit.mock.state;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A flow as the mock keeps it (spec/platform.md section 2.1). In the newer edit model (section 2.13) a published
 * flow that was edited keeps its published JSON beside the draft in {@code publishedJson}.
 *
 * @param id numeric id (15 digits)
 * @param wabaId the WABA that owns it
 * @param name unique within the WABA
 * @param categories e.g. {@code SIGN_UP}
 * @param status {@code DRAFT}, {@code PUBLISHED}, {@code DEPRECATED}, {@code BLOCKED} or {@code THROTTLED}
 * @param json the current (draft) flow JSON text, or null before the first upload
 * @param jsonVersion the JSON's {@code version}, or null
 * @param dataApiVersion the JSON's {@code data_api_version}, or null for flows without endpoint
 * @param validationErrors the validator's errors for {@code json}: a JSON array of section 2.12 items
 * @param endpointUri the flow's endpoint, or null
 * @param applicationId the linked app, or null
 * @param previewUrl the current preview URL, or null
 * @param previewExpiresAt when {@code previewUrl} expires, or null
 * @param createdAt creation time
 * @param updatedAt last change of name, categories, endpoint or JSON
 * @param publishedJson the JSON last published, when the draft differs from it (newer edit model), or null
 * @param everPublished whether the flow was ever published (such a flow is never deleted, section 2.10)
 * @param assetToken the unguessable token in the current JSON asset's download URL, or null before an upload
 * @param traffic the endpoint-request counters behind the metrics (section 2.11); null reads as none
 */
public record FlowRecord(String id, String wabaId, String name, List<String> categories, String status,
    @Nullable String json, @Nullable String jsonVersion, @Nullable String dataApiVersion, JsonNode validationErrors,
    @Nullable String endpointUri, @Nullable String applicationId, @Nullable String previewUrl,
    @Nullable Instant previewExpiresAt, Instant createdAt, Instant updatedAt, @Nullable String publishedJson,
    boolean everPublished, @Nullable String assetToken, @Nullable EndpointTraffic traffic) {

  /** Lists are copied. */
  public FlowRecord {
    categories = List.copyOf(categories);
  }

  /** A flow never published, without asset token or traffic. */
  public FlowRecord(String id, String wabaId, String name, List<String> categories, String status,
      @Nullable String json, @Nullable String jsonVersion, @Nullable String dataApiVersion, JsonNode validationErrors,
      @Nullable String endpointUri, @Nullable String applicationId, @Nullable String previewUrl,
      @Nullable Instant previewExpiresAt, Instant createdAt, Instant updatedAt, @Nullable String publishedJson) {
    this(id, wabaId, name, categories, status, json, jsonVersion, dataApiVersion, validationErrors, endpointUri,
        applicationId, previewUrl, previewExpiresAt, createdAt, updatedAt, publishedJson, false, null, null);
  }

  /** The endpoint traffic, {@link EndpointTraffic#NONE} when none was recorded. */
  public EndpointTraffic trafficOrNone() {
    return traffic == null ? EndpointTraffic.NONE : traffic;
  }

  /** This flow with {@code status}; publishing also marks it {@link #everPublished}. */
  public FlowRecord withStatus(String status) {
    return new FlowRecord(id, wabaId, name, categories, status, json, jsonVersion, dataApiVersion, validationErrors,
        endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, updatedAt, publishedJson,
        everPublished || status.equals("PUBLISHED"), assetToken, traffic);
  }

  /** This flow with {@code traffic}. */
  public FlowRecord withTraffic(EndpointTraffic traffic) {
    return new FlowRecord(id, wabaId, name, categories, status, json, jsonVersion, dataApiVersion, validationErrors,
        endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, updatedAt, publishedJson, everPublished,
        assetToken, traffic);
  }

  /** This flow with a preview link. */
  public FlowRecord withPreview(String previewUrl, Instant previewExpiresAt) {
    return new FlowRecord(id, wabaId, name, categories, status, json, jsonVersion, dataApiVersion, validationErrors,
        endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, updatedAt, publishedJson, everPublished,
        assetToken, traffic);
  }

  /** This flow's metadata changed at {@code now} (section 2.7). */
  public FlowRecord withMetadata(String name, List<String> categories, @Nullable String endpointUri,
      @Nullable String applicationId, Instant now) {
    return new FlowRecord(id, wabaId, name, categories, status, json, jsonVersion, dataApiVersion, validationErrors,
        endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, now, publishedJson, everPublished,
        assetToken, traffic);
  }

  /** This flow with a new JSON asset uploaded at {@code now} (section 2.8). */
  public FlowRecord withJson(String json, @Nullable String jsonVersion, @Nullable String dataApiVersion,
      JsonNode validationErrors, String assetToken, Instant now) {
    return new FlowRecord(id, wabaId, name, categories, status, json, jsonVersion, dataApiVersion, validationErrors,
        endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, now, publishedJson, everPublished,
        assetToken, traffic);
  }

  /**
   * This flow back in DRAFT for an edit (section 2.13's newer model), its published JSON kept sendable in
   * {@link #publishedJson}.
   */
  public FlowRecord backToDraft() {
    return new FlowRecord(id, wabaId, name, categories, "DRAFT", json, jsonVersion, dataApiVersion, validationErrors,
        endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, updatedAt,
        publishedJson != null ? publishedJson : json, true, assetToken, traffic);
  }

  /** This flow published: its JSON is the published one, nothing pending. */
  public FlowRecord published() {
    return new FlowRecord(id, wabaId, name, categories, "PUBLISHED", json, jsonVersion, dataApiVersion,
        validationErrors, endpointUri, applicationId, previewUrl, previewExpiresAt, createdAt, updatedAt, null, true,
        assetToken, traffic);
  }
}
