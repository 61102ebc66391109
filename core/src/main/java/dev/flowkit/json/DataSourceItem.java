package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a CheckboxGroup, RadioButtonsGroup, Dropdown or ChipsSelector {@code data-source}. Immutable.
 *
 * @param id {@code id}: the value the form collects when this option is picked
 * @param title {@code title}, up to 30 characters on the phone
 * @param description {@code description} (not on ChipsSelector)
 * @param metadata {@code metadata} (not on ChipsSelector)
 * @param enabled {@code enabled} (absent means true)
 * @param image {@code image} (5.0+): base64 image
 * @param altText {@code alt-text} (5.0+)
 * @param color {@code color} (5.0+): {@code #RRGGBB}
 * @param onSelectAction {@code on-select-action} (6.0+, update_data only)
 * @param onUnselectAction {@code on-unselect-action} (6.0+, update_data only)
 * @param extras properties not modelled here, verbatim
 */
public record DataSourceItem(Bindable<String> id, Bindable<String> title, Optional<Bindable<String>> description,
    Optional<Bindable<String>> metadata, Optional<Bindable<Boolean>> enabled, Optional<Bindable<String>> image,
    Optional<Bindable<String>> altText, Optional<Bindable<String>> color, Optional<Action> onSelectAction,
    Optional<Action> onUnselectAction, Extras extras) {

  /** Nothing may be null. */
  public DataSourceItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(altText, "altText");
    Objects.requireNonNull(color, "color");
    Objects.requireNonNull(onSelectAction, "onSelectAction");
    Objects.requireNonNull(onUnselectAction, "onUnselectAction");
    Objects.requireNonNull(extras, "extras");
  }

  /** An enabled option with an id and a title. */
  public static DataSourceItem of(String id, String title) {
    return new DataSourceItem(Bindable.ofText(id), Bindable.ofText(title), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Extras.none());
  }
}
