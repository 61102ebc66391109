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
 */
public record FlowRecord(String id, String wabaId, String name, List<String> categories, String status,
    @Nullable String json, @Nullable String jsonVersion, @Nullable String dataApiVersion, JsonNode validationErrors,
    @Nullable String endpointUri, @Nullable String applicationId, @Nullable String previewUrl,
    @Nullable Instant previewExpiresAt, Instant createdAt, Instant updatedAt, @Nullable String publishedJson) {

  /** Lists are copied. */
  public FlowRecord {
    categories = List.copyOf(categories);
  }
}
