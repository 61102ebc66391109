package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

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
public record NavigationList(
    String name,
    Bindable<List<NavigationItem>> listItems,
    Optional<Bindable<String>> label,
    Optional<Bindable<String>> description,
    Optional<Bindable<String>> mediaSize,
    Optional<Action> onClickAction,
    Extras extras) implements Component {

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

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, List<NavigationItem> listItems) {
    return new Builder(name, Bindable.of(List.copyOf(listItems)));
  }

  /** A builder whose {@code list-items} is bound to data. */
  public static Builder builder(String name, Ref listItems) {
    return new Builder(name, listItems.bindable());
  }

  /** Builds a {@link NavigationList}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<List<NavigationItem>> listItems;
    private Optional<Bindable<String>> label = Optional.empty();
    private Optional<Bindable<String>> description = Optional.empty();
    private Optional<Bindable<String>> mediaSize = Optional.empty();
    private Optional<Action> onClickAction = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<List<NavigationItem>> listItems) {
      this.name = Objects.requireNonNull(name, "name");
      this.listItems = Objects.requireNonNull(listItems, "listItems");
    }

    /** {@code label}. */
    public Builder label(String value) {
      this.label = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code label}, bound to data. */
    public Builder label(Ref value) {
      this.label = Optional.of(value.bindable());
      return this;
    }

    /** {@code description}. */
    public Builder description(String value) {
      this.description = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code description}, bound to data. */
    public Builder description(Ref value) {
      this.description = Optional.of(value.bindable());
      return this;
    }

    /** {@code media-size}. */
    public Builder mediaSize(String value) {
      this.mediaSize = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code media-size}, bound to data. */
    public Builder mediaSize(Ref value) {
      this.mediaSize = Optional.of(value.bindable());
      return this;
    }

    /** {@code on-click-action}. */
    public Builder onClickAction(Action value) {
      this.onClickAction = Optional.of(value);
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The NavigationList. */
    public NavigationList build() {
      return new NavigationList(name, listItems, label, description, mediaSize, onClickAction, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
