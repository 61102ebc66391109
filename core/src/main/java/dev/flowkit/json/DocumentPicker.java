package dev.flowkit.json;

import java.util.List;
import java.util.Map;
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
public record DocumentPicker(
    String name,
    Bindable<String> label,
    Optional<Bindable<String>> description,
    Optional<Integer> maxFileSizeKb,
    Optional<Integer> minUploadedDocuments,
    Optional<Integer> maxUploadedDocuments,
    Optional<List<String>> allowedMimeTypes,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<JsonNode> errorMessage,
    Extras extras) implements Component {

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

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, Bindable.ofText(label));
  }

  /** Builds a {@link DocumentPicker}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<String> label;
    private Optional<Bindable<String>> description = Optional.empty();
    private Optional<Integer> maxFileSizeKb = Optional.empty();
    private Optional<Integer> minUploadedDocuments = Optional.empty();
    private Optional<Integer> maxUploadedDocuments = Optional.empty();
    private Optional<List<String>> allowedMimeTypes = Optional.empty();
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

    /** {@code max-file-size-kb}. */
    public Builder maxFileSizeKb(int value) {
      this.maxFileSizeKb = Optional.of(value);
      return this;
    }

    /** {@code min-uploaded-documents}. */
    public Builder minUploadedDocuments(int value) {
      this.minUploadedDocuments = Optional.of(value);
      return this;
    }

    /** {@code max-uploaded-documents}. */
    public Builder maxUploadedDocuments(int value) {
      this.maxUploadedDocuments = Optional.of(value);
      return this;
    }

    /** {@code allowed-mime-types}. */
    public Builder allowedMimeTypes(String... values) {
      this.allowedMimeTypes = Optional.of(List.of(values));
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

    /** The DocumentPicker. */
    public DocumentPicker build() {
      return new DocumentPicker(name, label, description, maxFileSizeKb, minUploadedDocuments, maxUploadedDocuments, allowedMimeTypes, enabled, visible, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
