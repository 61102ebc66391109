package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One screen of a flow. Immutable.
 *
 * @param id {@code id}: letters and underscores
 * @param title {@code title}, shown in the top bar; may be a binding
 * @param terminal {@code terminal}: the last screen of a path (absent means false)
 * @param success {@code success}, terminal screens only (absent means true)
 * @param refreshOnBack {@code refresh_on_back}: BACK to this screen asks the endpoint for fresh data
 * @param sensitive {@code sensitive} (5.1+): names of components masked in the response summary
 * @param data {@code data}: the screen's data model
 * @param layout {@code layout}
 * @param extras properties not modelled here, verbatim
 */
public record Screen(
    String id,
    Optional<Bindable<String>> title,
    Optional<Boolean> terminal,
    Optional<Boolean> success,
    Optional<Boolean> refreshOnBack,
    Optional<List<String>> sensitive,
    Optional<DataModel> data,
    Layout layout,
    Extras extras) {

  /** Copies the collections; nothing may be null. */
  public Screen {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(terminal, "terminal");
    Objects.requireNonNull(success, "success");
    Objects.requireNonNull(refreshOnBack, "refreshOnBack");
    sensitive = sensitive.map(List::copyOf);
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(layout, "layout");
    Objects.requireNonNull(extras, "extras");
  }

  /** Whether this screen ends a path ({@code terminal: true}). */
  public boolean isTerminal() {
    return terminal.orElse(false);
  }
}
