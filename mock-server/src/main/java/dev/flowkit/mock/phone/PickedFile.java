package dev.flowkit.mock.phone;

import java.util.Objects;

/**
 * A file the simulated user picks in a PhotoPicker or DocumentPicker. Nothing is uploaded: the phone records the
 * file's name, type and size, checks them against the picker's rules, and hands the endpoint a fake media object.
 *
 * @param fileName the file's name, e.g. {@code passport.pdf}
 * @param mimeType its media type, e.g. {@code application/pdf}
 * @param sizeBytes its size in bytes, not negative
 */
public record PickedFile(String fileName, String mimeType, long sizeBytes) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the name or type is blank or the size negative
   */
  public PickedFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(mimeType, "mimeType");
    if (fileName.isBlank() || mimeType.isBlank()) {
      throw new IllegalArgumentException("a picked file needs a file name and a mime type");
    }
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("a picked file's size cannot be negative: " + sizeBytes);
    }
  }

  /** A JPEG photo of the given size. */
  public static PickedFile photo(String fileName, long sizeBytes) {
    return new PickedFile(fileName, "image/jpeg", sizeBytes);
  }
}
