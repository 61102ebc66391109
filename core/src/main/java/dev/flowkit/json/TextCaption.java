package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code TextCaption}: small caption text. 409 characters on the phone. Immutable.
 *
 * @param text {@code text}: one string (may be a binding) or, 5.1+, static lines
 * @param fontWeight {@code font-weight}: bold, italic, bold_italic or normal
 * @param strikethrough {@code strikethrough}
 * @param markdown {@code markdown}: 5.1+: render limited markdown
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record TextCaption(TextContent text, Optional<Bindable<String>> fontWeight, Optional<Bindable<Boolean>> strikethrough, Optional<Boolean> markdown, Optional<Bindable<Boolean>> visible, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "TextCaption";

  /** Copies collections; nothing may be null. */
  public TextCaption {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fontWeight, "fontWeight");
    Objects.requireNonNull(strikethrough, "strikethrough");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A plain, visible TextCaption with this text. */
  public static TextCaption of(String text) {
    return new TextCaption(new TextContent.Single(Bindable.ofText(text)), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Extras.none());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
