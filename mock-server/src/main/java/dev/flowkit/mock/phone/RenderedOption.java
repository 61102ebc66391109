package dev.flowkit.mock.phone;

import java.util.Objects;
import java.util.Optional;

/**
 * One option of a CheckboxGroup, RadioButtonsGroup, Dropdown, ChipsSelector or NavigationList as the phone shows
 * it, after its bindings were resolved.
 *
 * @param id the value the option stores in the form (what {@code ${form.name}} yields)
 * @param title the text the user reads
 * @param description the smaller text under the title, if any
 * @param enabled whether the user may pick it; a disabled option cannot be selected
 * @param selected whether it is selected now
 */
public record RenderedOption(String id, String title, Optional<String> description, boolean enabled,
    boolean selected) {

  /** Not null. */
  public RenderedOption {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
  }
}
