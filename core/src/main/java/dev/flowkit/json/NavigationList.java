package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code NavigationList}: a list of tappable items, each leading somewhere (6.2+); alone on its screen. Immutable.
 *
 * @param name {@code name}
 * @param listItems {@code list-items}: 1 to 20 items, or a binding to them
 * @param label {@code label}: 80 characters
 * @param description {@code description}: 300 characters
 * @param mediaSize {@code media-size}: regular or large
 * @param onClickAction {@code on-click-action}: data_exchange or navigate; here or on every item, never both
 * @param extras properties not modelled here, verbatim
 */
public record NavigationList(String name, Bindable<List<NavigationItem>> listItems, Optional<Bindable<String>> label, Optional<Bindable<String>> description, Optional<Bindable<String>> mediaSize, Optional<Action> onClickAction, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "NavigationList";

  /** Copies collections; nothing may be null. */
  public NavigationList {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listItems, "listItems");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(mediaSize, "mediaSize");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
