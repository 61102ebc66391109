package dev.flowkit.mock.graph;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * One part of a {@code multipart/form-data} body.
 *
 * @param name the form field name
 * @param filename the part's {@code filename}, or null for a plain field
 * @param contentType the part's {@code Content-Type}, or null when absent
 * @param bytes the part's content
 */
public record Part(String name, @Nullable String filename, @Nullable String contentType, byte[] bytes) {

  /** The content as UTF-8 text. */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Without the bytes: parts may hold secrets or large files. */
  @Override
  public String toString() {
    return "Part[" + name + (filename == null ? "" : ", filename=" + filename) + ", " + bytes.length + " bytes]";
  }
}
