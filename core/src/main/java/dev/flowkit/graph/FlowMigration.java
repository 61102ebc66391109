package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The answer to {@code POST /{DEST_WABA_ID}/migrate_flows} (spec/platform.md section 2.4): the flows copied and
 * those that could not be, which do not fail the call.
 *
 * @param migratedFlows {@code migrated_flows}
 * @param failedFlows {@code failed_flows}
 */
public record FlowMigration(List<Migrated> migratedFlows, List<Failed> failedFlows) {

  /** Nothing may be null. */
  public FlowMigration {
    migratedFlows = List.copyOf(migratedFlows);
    failedFlows = List.copyOf(failedFlows);
  }

  /**
   * A copied flow.
   *
   * @param sourceName its name
   * @param sourceId its id in the source WABA
   * @param migratedId the copy's id in the destination WABA
   */
  public record Migrated(String sourceName, String sourceId, String migratedId) {
    /** Nothing may be null. */
    public Migrated {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(sourceId, "sourceId");
      Objects.requireNonNull(migratedId, "migratedId");
    }
  }

  /**
   * A flow that was not copied.
   *
   * @param sourceName its name
   * @param errorCode {@code error_code}, e.g. {@code 4233041} (Meta sends it as text)
   * @param errorMessage {@code error_message}
   */
  public record Failed(String sourceName, String errorCode, String errorMessage) {
    /** Nothing may be null. */
    public Failed {
      Objects.requireNonNull(sourceName, "sourceName");
      Objects.requireNonNull(errorCode, "errorCode");
      Objects.requireNonNull(errorMessage, "errorMessage");
    }
  }

  static FlowMigration from(JsonNode node) {
    return new FlowMigration(
        Nodes.list(node, "migrated_flows", m -> new Migrated(Nodes.textOrEmpty(m, "source_name"),
            Nodes.textOrEmpty(m, "source_id"), Nodes.textOrEmpty(m, "migrated_id"))),
        Nodes.list(node, "failed_flows", f -> new Failed(Nodes.textOrEmpty(f, "source_name"),
            Nodes.textOrEmpty(f, "error_code"), Nodes.textOrEmpty(f, "error_message"))));
  }
}
