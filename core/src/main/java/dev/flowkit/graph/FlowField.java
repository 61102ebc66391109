package dev.flowkit.graph;

/**
 * One entry of the {@code fields} parameter of a flow read (spec/platform.md sections 1.3 and 2.1), with the
 * modifiers Meta documents ({@code preview.invalidate(...)}, {@code health_status.phone_number(...)}).
 *
 * @param expression the text sent, e.g. {@code json_version}
 */
public record FlowField(String expression) {

  /** {@code id}. */
  public static final FlowField ID = new FlowField("id");
  /** {@code name}. */
  public static final FlowField NAME = new FlowField("name");
  /** {@code status}. */
  public static final FlowField STATUS = new FlowField("status");
  /** {@code categories}. */
  public static final FlowField CATEGORIES = new FlowField("categories");
  /** {@code validation_errors}. */
  public static final FlowField VALIDATION_ERRORS = new FlowField("validation_errors");
  /** {@code json_version}. */
  public static final FlowField JSON_VERSION = new FlowField("json_version");
  /** {@code data_api_version}. */
  public static final FlowField DATA_API_VERSION = new FlowField("data_api_version");
  /** {@code endpoint_uri} (Graph v19.0 and newer; older versions call it {@code data_channel_uri}). */
  public static final FlowField ENDPOINT_URI = new FlowField("endpoint_uri");
  /** {@code preview}: the current link, kept if still valid. */
  public static final FlowField PREVIEW = new FlowField("preview");
  /** {@code whatsapp_business_account}. */
  public static final FlowField WHATSAPP_BUSINESS_ACCOUNT = new FlowField("whatsapp_business_account");
  /** {@code application}. */
  public static final FlowField APPLICATION = new FlowField("application");
  /** {@code health_status}. */
  public static final FlowField HEALTH_STATUS = new FlowField("health_status");
  /** {@code updated_at}. */
  public static final FlowField UPDATED_AT = new FlowField("updated_at");

  /**
   * Checks the expression is a field name with optional modifiers and no separator.
   *
   * @throws IllegalArgumentException if it is empty or holds a comma
   */
  public FlowField {
    if (expression.isBlank() || expression.contains(",")) {
      throw new IllegalArgumentException("a flow field is one name with optional modifiers, e.g. "
          + "health_status.phone_number(123): '" + expression + "'");
    }
  }

  /** {@code preview.invalidate(true|false)}: {@code true} kills the current link and makes a new one. */
  public static FlowField preview(boolean invalidate) {
    return new FlowField("preview.invalidate(" + invalidate + ")");
  }

  /** {@code health_status.phone_number(PNID)}: the health as if sent from that number. */
  public static FlowField healthStatus(String phoneNumberId) {
    return new FlowField("health_status.phone_number(" + phoneNumberId + ")");
  }

  @Override
  public String toString() {
    return expression;
  }
}
