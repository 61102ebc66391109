package dev.flowkit.json;

import java.util.List;
import java.util.Objects;

/**
 * A screen's {@code layout}. Immutable.
 *
 * @param type {@code type}; {@value #SINGLE_COLUMN} is the only public layout
 * @param children {@code children}, in order
 * @param extras properties not modelled here, verbatim
 */
public record Layout(String type, List<Component> children, Extras extras) {

  /** The only public layout type. */
  public static final String SINGLE_COLUMN = "SingleColumnLayout";

  /** Copies the children; nothing may be null. */
  public Layout {
    Objects.requireNonNull(type, "type");
    children = List.copyOf(children);
    Objects.requireNonNull(extras, "extras");
  }

  /** A {@value #SINGLE_COLUMN} with these children. */
  public static Layout singleColumn(List<Component> children) {
    return new Layout(SINGLE_COLUMN, children, Extras.none());
  }
}
