package dev.flowkit.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A flow as {@code GET /{FLOW_ID}} and {@code GET /{WABA_ID}/flows} return it (spec/platform.md sections 2.1,
 * 2.5, 2.14). Only {@link #id()} is always present: what else is filled depends on the {@link FlowField}s asked
 * for (without any, Meta's default set: id, name, status, categories, validation errors).
 *
 * @param id the flow id
 * @param name {@code name}
 * @param status {@code status}
 * @param categories {@code categories}, empty when not asked for
 * @param validationErrors {@code validation_errors}, empty when none or not asked for
 * @param jsonVersion {@code json_version}, e.g. {@code 7.3}
 * @param dataApiVersion {@code data_api_version}, e.g. {@code 3.0}
 * @param endpointUri {@code endpoint_uri}, or {@code data_channel_uri} from Graph v18.0 and older
 * @param preview {@code preview}
 * @param businessAccount {@code whatsapp_business_account}
 * @param application {@code application}
 * @param healthStatus {@code health_status}
 * @param updatedAt {@code updated_at} as sent, e.g. {@code 2026-05-04T12:30:00+0000}
 */
public record Flow(String id, Optional<String> name, Optional<FlowStatus> status, List<FlowCategory> categories,
    List<FlowValidationError> validationErrors, Optional<String> jsonVersion, Optional<String> dataApiVersion,
    Optional<String> endpointUri, Optional<FlowPreview> preview, Optional<BusinessAccount> businessAccount,
    Optional<Application> application, Optional<HealthStatus> healthStatus, Optional<String> updatedAt) {

  /** Nothing may be null. */
  public Flow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    categories = List.copyOf(categories);
    validationErrors = List.copyOf(validationErrors);
    Objects.requireNonNull(jsonVersion, "jsonVersion");
    Objects.requireNonNull(dataApiVersion, "dataApiVersion");
    Objects.requireNonNull(endpointUri, "endpointUri");
    Objects.requireNonNull(preview, "preview");
    Objects.requireNonNull(businessAccount, "businessAccount");
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(healthStatus, "healthStatus");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * The WhatsApp Business Account a flow belongs to.
   *
   * @param id WABA id
   * @param name its name
   * @param timezoneId {@code timezone_id}
   * @param messageTemplateNamespace {@code message_template_namespace}
   */
  public record BusinessAccount(String id, Optional<String> name, Optional<String> timezoneId,
      Optional<String> messageTemplateNamespace) {
    /** Nothing may be null. */
    public BusinessAccount {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(timezoneId, "timezoneId");
      Objects.requireNonNull(messageTemplateNamespace, "messageTemplateNamespace");
    }
  }

  /**
   * The Meta app linked to a flow.
   *
   * @param id app id
   * @param name app name
   * @param link {@code link}
   */
  public record Application(String id, Optional<String> name, Optional<String> link) {
    /** Nothing may be null. */
    public Application {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(link, "link");
    }
  }

  /**
   * Whether messages with this flow can be sent, overall and per entity (spec/platform.md section 2.14).
   *
   * @param canSendMessage {@code AVAILABLE}, {@code LIMITED} or {@code BLOCKED}
   * @param entities per node: flow, WABA, business, app (and phone number)
   */
  public record HealthStatus(String canSendMessage, List<Entity> entities) {
    /** Nothing may be null. */
    public HealthStatus {
      Objects.requireNonNull(canSendMessage, "canSendMessage");
      entities = List.copyOf(entities);
    }

    /** Whether the overall value is {@code AVAILABLE}. */
    public boolean isAvailable() {
      return "AVAILABLE".equals(canSendMessage);
    }
  }

  /**
   * The health of one node.
   *
   * @param entityType {@code FLOW}, {@code WABA}, {@code BUSINESS}, {@code APP}, {@code PHONE_NUMBER}
   * @param id its id
   * @param canSendMessage {@code AVAILABLE}, {@code LIMITED} or {@code BLOCKED}
   * @param errors why it is blocked
   * @param additionalInfo why it is limited
   */
  public record Entity(String entityType, String id, String canSendMessage, List<HealthError> errors,
      List<String> additionalInfo) {
    /** Nothing may be null. */
    public Entity {
      Objects.requireNonNull(entityType, "entityType");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(canSendMessage, "canSendMessage");
      errors = List.copyOf(errors);
      additionalInfo = List.copyOf(additionalInfo);
    }
  }

  /**
   * Why a node is blocked.
   *
   * @param errorCode {@code error_code}, e.g. 131000
   * @param description {@code error_description}
   * @param possibleSolution {@code possible_solution}
   */
  public record HealthError(int errorCode, String description, String possibleSolution) {
    /** Nothing may be null. */
    public HealthError {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(possibleSolution, "possibleSolution");
    }
  }

  static Flow from(JsonNode node) {
    List<FlowCategory> categories = new ArrayList<>();
    for (String category : Nodes.texts(node, "categories")) {
      if (category.matches("[A-Z][A-Z_]*")) {
        categories.add(FlowCategory.of(category));
      }
    }
    return new Flow(Nodes.textOrEmpty(node, "id"), Nodes.text(node, "name"),
        Nodes.text(node, "status").map(FlowStatus::of), categories,
        Nodes.list(node, "validation_errors", FlowValidationError::from), Nodes.text(node, "json_version"),
        Nodes.text(node, "data_api_version"),
        Nodes.text(node, "endpoint_uri").or(() -> Nodes.text(node, "data_channel_uri")),
        Nodes.object(node, "preview", FlowPreview::from),
        Nodes.object(node, "whatsapp_business_account", w -> new BusinessAccount(Nodes.textOrEmpty(w, "id"),
            Nodes.text(w, "name"), Nodes.text(w, "timezone_id"), Nodes.text(w, "message_template_namespace"))),
        Nodes.object(node, "application", a -> new Application(Nodes.textOrEmpty(a, "id"), Nodes.text(a, "name"),
            Nodes.text(a, "link"))),
        Nodes.object(node, "health_status", Flow::health), Nodes.text(node, "updated_at"));
  }

  private static HealthStatus health(JsonNode node) {
    return new HealthStatus(Nodes.textOrEmpty(node, "can_send_message"), Nodes.list(node, "entities",
        e -> new Entity(Nodes.textOrEmpty(e, "entity_type"), Nodes.textOrEmpty(e, "id"),
            Nodes.textOrEmpty(e, "can_send_message"),
            Nodes.list(e, "errors", x -> new HealthError(Nodes.integer(x, "error_code").orElse(0),
                Nodes.textOrEmpty(x, "error_description"), Nodes.textOrEmpty(x, "possible_solution"))),
            Nodes.texts(e, "additional_info"))));
  }
}
