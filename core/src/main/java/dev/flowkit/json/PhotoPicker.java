package dev.flowkit.json;

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
public record PhotoPicker(String name, Bindable<String> label, Optional<Bindable<String>> description, Optional<String> photoSource, Optional<Integer> maxFileSizeKb, Optional<Integer> minUploadedPhotos, Optional<Integer> maxUploadedPhotos, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<JsonNode> errorMessage, Extras extras) implements Component {

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

  @Override
  public String type() {
    return TYPE;
  }
}
