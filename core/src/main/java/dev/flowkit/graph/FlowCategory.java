package dev.flowkit.graph;

/**
 * A flow category (spec/platform.md section 2.1). The constants are the documented ones; {@link #of(String)}
 * takes any other name, so categories Meta adds later are kept, not dropped.
 *
 * @param name the wire name, e.g. {@code SIGN_UP}
 */
public record FlowCategory(String name) {

  /** {@code SIGN_UP}. */
  public static final FlowCategory SIGN_UP = new FlowCategory("SIGN_UP");
  /** {@code SIGN_IN}. */
  public static final FlowCategory SIGN_IN = new FlowCategory("SIGN_IN");
  /** {@code APPOINTMENT_BOOKING}. */
  public static final FlowCategory APPOINTMENT_BOOKING = new FlowCategory("APPOINTMENT_BOOKING");
  /** {@code LEAD_GENERATION}. */
  public static final FlowCategory LEAD_GENERATION = new FlowCategory("LEAD_GENERATION");
  /** {@code CONTACT_US}. */
  public static final FlowCategory CONTACT_US = new FlowCategory("CONTACT_US");
  /** {@code CUSTOMER_SUPPORT}. */
  public static final FlowCategory CUSTOMER_SUPPORT = new FlowCategory("CUSTOMER_SUPPORT");
  /** {@code SURVEY}. */
  public static final FlowCategory SURVEY = new FlowCategory("SURVEY");
  /** {@code OTHER}. */
  public static final FlowCategory OTHER = new FlowCategory("OTHER");
  /** {@code SHOPPING}: listed by some wrappers, not by Meta's pages (uncertain). */
  public static final FlowCategory SHOPPING = new FlowCategory("SHOPPING");

  /**
   * Checks the name is an upper-case word.
   *
   * @throws IllegalArgumentException if it is not, e.g. {@code "sign up"}
   */
  public FlowCategory {
    if (!name.matches("[A-Z][A-Z_]*")) {
      throw new IllegalArgumentException("a flow category is upper case with '_', e.g. SIGN_UP: " + name);
    }
  }

  /** The category of that wire name. */
  public static FlowCategory of(String name) {
    return new FlowCategory(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
