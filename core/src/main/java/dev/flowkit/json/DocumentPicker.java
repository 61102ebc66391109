package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code DocumentPicker}: lets the user upload documents (4.0+). Immutable.
 *
 * @param name {@code name}: the form field name; the value is a list of media objects
 * @param label {@code label}: 80 characters on the phone
 * @param description {@code description}: 300 characters
 * @param maxFileSizeKb {@code max-file-size-kb}: 1 to 25600
 * @param minUploadedDocuments {@code min-uploaded-documents}: 0 to 30
 * @param maxUploadedDocuments {@code max-uploaded-documents}: 1 to 30
 * @param allowedMimeTypes {@code allowed-mime-types}: the MIME types accepted
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param errorMessage {@code error-message}: a string, or media id to message; outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record DocumentPicker(String name, Bindable<String> label, Optional<Bindable<String>> description, Optional<Integer> maxFileSizeKb, Optional<Integer> minUploadedDocuments, Optional<Integer> maxUploadedDocuments, Optional<List<String>> allowedMimeTypes, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<JsonNode> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "DocumentPicker";

  /** Copies collections; nothing may be null. */
  public DocumentPicker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(maxFileSizeKb, "maxFileSizeKb");
    Objects.requireNonNull(minUploadedDocuments, "minUploadedDocuments");
    Objects.requireNonNull(maxUploadedDocuments, "maxUploadedDocuments");
    allowedMimeTypes = allowedMimeTypes.map(List::copyOf);
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
