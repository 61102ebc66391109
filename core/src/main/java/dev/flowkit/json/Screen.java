package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One screen of a flow. Immutable.
 *
 * @param id {@code id}: letters and underscores
 * @param title {@code title}, shown in the top bar; may be a binding. Optional here: FB's schema requires it, the
 *     Flow JSON docs do not (spec section 10); requiring it is the validator's decision
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

  /** A builder for a screen with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /** Builds a {@link Screen}. Not thread-safe. */
  public static final class Builder {

    private final String id;
    private Optional<Bindable<String>> title = Optional.empty();
    private Optional<Boolean> terminal = Optional.empty();
    private Optional<Boolean> success = Optional.empty();
    private Optional<Boolean> refreshOnBack = Optional.empty();
    private Optional<List<String>> sensitive = Optional.empty();
    private Optional<DataModel> data = Optional.empty();
    private Layout layout = Layout.singleColumn(List.of());
    private Extras extras = Extras.none();

    private Builder(String id) {
      this.id = Objects.requireNonNull(id, "id");
    }

    /** {@code title}: literal text or a binding. */
    public Builder title(String title) {
      this.title = Optional.of(Bindable.ofText(title));
      return this;
    }

    /** {@code terminal}. */
    public Builder terminal(boolean terminal) {
      this.terminal = Optional.of(terminal);
      return this;
    }

    /** {@code success} (terminal screens only). */
    public Builder success(boolean success) {
      this.success = Optional.of(success);
      return this;
    }

    /** {@code refresh_on_back}. */
    public Builder refreshOnBack(boolean refreshOnBack) {
      this.refreshOnBack = Optional.of(refreshOnBack);
      return this;
    }

    /** {@code sensitive} (5.1+): names of components whose values are masked. */
    public Builder sensitive(String... names) {
      this.sensitive = Optional.of(List.of(names));
      return this;
    }

    /** {@code data}: the screen's data model. */
    public Builder data(DataModel data) {
      this.data = Optional.of(data);
      return this;
    }

    /** {@code layout}: a single-column layout of these components. */
    public Builder layout(Component... children) {
      this.layout = Layout.singleColumn(List.of(children));
      return this;
    }

    /** {@code layout}, as given. */
    public Builder layout(Layout layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The screen. */
    public Screen build() {
      return new Screen(id, title, terminal, success, refreshOnBack, sensitive, data, layout, extras);
    }
  }
}
