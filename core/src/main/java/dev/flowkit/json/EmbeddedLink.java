package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code EmbeddedLink}: a text link. Immutable.
 *
 * @param text {@code text}: 25 characters on the phone (the component docs; pywa says 35, spec section 10)
 * @param onClickAction {@code on-click-action}: data_exchange, navigate; open_url 6.0+ (update_data, which pywa allows, is the validator's to refuse: spec section 10)
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record EmbeddedLink(
    Bindable<String> text,
    Action onClickAction,
    Optional<Bindable<Boolean>> visible,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "EmbeddedLink";

  /** Copies collections; nothing may be null. */
  public EmbeddedLink {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String text, Action onClickAction) {
    return new Builder(Bindable.ofText(text), onClickAction);
  }

  /** Builds a {@link EmbeddedLink}. Not thread-safe. */
  public static final class Builder {

    private final Bindable<String> text;
    private final Action onClickAction;
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(Bindable<String> text, Action onClickAction) {
      this.text = Objects.requireNonNull(text, "text");
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction");
    }

    /** {@code visible}. */
    public Builder visible(boolean value) {
      this.visible = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code visible}, bound to data. */
    public Builder visible(Ref value) {
      this.visible = Optional.of(value.bindable());
      return this;
    }

    /** {@code visible}, a literal, binding or expression. */
    public Builder visible(Bindable<Boolean> value) {
      this.visible = Optional.of(value);
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The EmbeddedLink. */
    public EmbeddedLink build() {
      return new EmbeddedLink(text, onClickAction, visible, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
