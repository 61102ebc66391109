package dev.flowkit.mock.phone;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the user sees on the current screen, after the render pass of Flow JSON §9.2: the title, the visible
 * components in order (If and Switch resolved to their branch, Form children in place), and the message the
 * endpoint asked to show as a snackbar. Immutable; a new one is made after every input, update and response.
 *
 * <p>{@link #plainText()} prints one line per component, stable enough for snapshots, with the values of
 * {@code sensitive} fields and password inputs masked; {@link #toString()} is the same text.
 *
 * @param id the screen id
 * @param title the resolved title; empty text when the screen has none
 * @param terminal whether the screen is terminal
 * @param components the visible components, in order
 * @param errorMessage the {@code error_message} of the endpoint's last response for this screen, if any
 */
public record RenderedScreen(String id, String title, boolean terminal, List<RenderedComponent> components,
    Optional<String> errorMessage) {

  /** Copies the components. */
  public RenderedScreen {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    components = List.copyOf(components);
    Objects.requireNonNull(errorMessage, "errorMessage");
  }

  /** The visible component with this name, if the screen shows one. */
  public Optional<RenderedComponent> component(String name) {
    return components.stream().filter(c -> c.name().filter(name::equals).isPresent()).findFirst();
  }

  /** The Footer, if the screen shows one. */
  public Optional<RenderedComponent> footer() {
    return components.stream().filter(c -> c.type().equals("Footer")).findFirst();
  }

  /** The visible components of one type, in order. */
  public List<RenderedComponent> components(String type) {
    return components.stream().filter(c -> c.type().equals(type)).toList();
  }

  /** The screen as text: a header line, then one line per component, then the snackbar if any. */
  public String plainText() {
    StringBuilder out = new StringBuilder(id).append(" \"").append(title).append('"');
    if (terminal) {
      out.append(" (terminal)");
    }
    out.append('\n');
    for (RenderedComponent component : components) {
      out.append(component.plainText()).append('\n');
    }
    errorMessage.ifPresent(message -> out.append("! ").append(message).append('\n'));
    return out.toString();
  }

  /** The same as {@link #plainText()}. */
  @Override
  public String toString() {
    return plainText();
  }
}
