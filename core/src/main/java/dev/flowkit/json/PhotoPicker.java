package dev.flowkit.json;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code PhotoPicker}: lets the user upload photos (4.0+). Immutable.
 *
 * @param name {@code name}: the form field name; the value is a list of media objects
 * @param label {@code label}: 80 characters on the phone
 * @param description {@code description}: 300 characters
 * @param photoSource {@code photo-source}: camera_gallery, camera or gallery
 * @param maxFileSizeKb {@code max-file-size-kb}: 1 to 25600
 * @param minUploadedPhotos {@code min-uploaded-photos}: 0 to 30
 * @param maxUploadedPhotos {@code max-uploaded-photos}: 1 to 30
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param errorMessage {@code error-message}: a string, or media id to message; outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record PhotoPicker(
    String name,
    Bindable<String> label,
    Optional<Bindable<String>> description,
    Optional<String> photoSource,
    Optional<Integer> maxFileSizeKb,
    Optional<Integer> minUploadedPhotos,
    Optional<Integer> maxUploadedPhotos,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<JsonNode> errorMessage,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "PhotoPicker";

  /** Copies collections; nothing may be null. */
  public PhotoPicker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(photoSource, "photoSource");
    Objects.requireNonNull(maxFileSizeKb, "maxFileSizeKb");
    Objects.requireNonNull(minUploadedPhotos, "minUploadedPhotos");
    Objects.requireNonNull(maxUploadedPhotos, "maxUploadedPhotos");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    errorMessage = errorMessage.map(JsonNode::deepCopy);
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, Bindable.ofText(label));
  }

  /** Builds a {@link PhotoPicker}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<String> label;
    private Optional<Bindable<String>> description = Optional.empty();
    private Optional<String> photoSource = Optional.empty();
    private Optional<Integer> maxFileSizeKb = Optional.empty();
    private Optional<Integer> minUploadedPhotos = Optional.empty();
    private Optional<Integer> maxUploadedPhotos = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<JsonNode> errorMessage = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<String> label) {
      this.name = Objects.requireNonNull(name, "name");
      this.label = Objects.requireNonNull(label, "label");
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

    /** {@code photo-source}. */
    public Builder photoSource(String value) {
      this.photoSource = Optional.of(value);
      return this;
    }

    /** {@code max-file-size-kb}. */
    public Builder maxFileSizeKb(int value) {
      this.maxFileSizeKb = Optional.of(value);
      return this;
    }

    /** {@code min-uploaded-photos}. */
    public Builder minUploadedPhotos(int value) {
      this.minUploadedPhotos = Optional.of(value);
      return this;
    }

    /** {@code max-uploaded-photos}. */
    public Builder maxUploadedPhotos(int value) {
      this.maxUploadedPhotos = Optional.of(value);
      return this;
    }

    /** {@code enabled}. */
    public Builder enabled(boolean value) {
      this.enabled = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code enabled}, bound to data. */
    public Builder enabled(Ref value) {
      this.enabled = Optional.of(value.bindable());
      return this;
    }

    /** {@code enabled}, a literal, binding or expression. */
    public Builder enabled(Bindable<Boolean> value) {
      this.enabled = Optional.of(value);
      return this;
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

    /** {@code error-message}. */
    public Builder errorMessage(JsonNode value) {
      this.errorMessage = Optional.of(value.deepCopy());
      return this;
    }

    /** {@code error-message}, as an object (see Payload#of). */
    public Builder errorMessage(Map<String, JsonNode> value) {
      this.errorMessage = Optional.of(Payload.toJson(value));
      return this;
    }

    /** {@code error-message}, bound to data. */
    public Builder errorMessage(Ref value) {
      this.errorMessage = Optional.of(Payload.toJson(value));
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The PhotoPicker. */
    public PhotoPicker build() {
      return new PhotoPicker(name, label, description, photoSource, maxFileSizeKb, minUploadedPhotos, maxUploadedPhotos, enabled, visible, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
