package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a NavigationList's {@code list-items}. Immutable.
 *
 * @param id {@code id}
 * @param mainContent {@code main-content}: title (required), description, metadata
 * @param start {@code start}: a leading image
 * @param end {@code end}: trailing title, description, metadata
 * @param badge {@code badge}: at most one item per list may have one
 * @param tags {@code tags}: up to 3
 * @param onClickAction {@code on-click-action}: here or on the list, never both
 * @param extras properties not modelled here, verbatim
 */
public record NavigationItem(Bindable<String> id, Content mainContent, Optional<Start> start, Optional<Content> end,
    Optional<Bindable<String>> badge, Optional<List<String>> tags, Optional<Action> onClickAction, Extras extras) {

  /** Copies the tags; nothing may be null. */
  public NavigationItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mainContent, "mainContent");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(badge, "badge");
    tags = tags.map(List::copyOf);
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(extras, "extras");
  }

  /**
   * {@code main-content} or {@code end}.
   *
   * @param title {@code title} (required in main-content)
   * @param description {@code description}
   * @param metadata {@code metadata}
   * @param extras properties not modelled here, verbatim
   */
  public record Content(Optional<Bindable<String>> title, Optional<Bindable<String>> description,
      Optional<Bindable<String>> metadata, Extras extras) {
    /** Nothing may be null. */
    public Content {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(metadata, "metadata");
      Objects.requireNonNull(extras, "extras");
    }
  }

  /**
   * {@code start}: a leading image.
   *
   * @param image {@code image}: base64
   * @param altText {@code alt-text}
   * @param extras properties not modelled here, verbatim
   */
  public record Start(Bindable<String> image, Optional<Bindable<String>> altText, Extras extras) {
    /** Nothing may be null. */
    public Start {
      Objects.requireNonNull(image, "image");
      Objects.requireNonNull(altText, "altText");
      Objects.requireNonNull(extras, "extras");
    }
  }
}
