package dev.flowkit.mock.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parses query strings, form bodies and multipart bodies into parameters. */
final class Bodies {

  private Bodies() {}

  /** A name and its decoded value. */
  record Pair(String name, String value) {}

  /**
   * {@code a=1&b=x%20y} decoded.
   *
   * @throws GraphCallException (100) on a broken percent escape
   */
  static List<Pair> urlEncoded(@Nullable String text) {
    List<Pair> pairs = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return pairs;
    }
    for (String item : text.split("&")) {
      if (item.isEmpty()) {
        continue;
      }
      int eq = item.indexOf('=');
      String name = eq < 0 ? item : item.substring(0, eq);
      String value = eq < 0 ? "" : item.substring(eq + 1);
      try {
        pairs.add(new Pair(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8)));
      } catch (IllegalArgumentException e) {
        throw GraphCallException.malformedBody("Malformed percent-encoding in the query string or form body");
      }
    }
    return pairs;
  }

  /**
   * The parts of a {@code multipart/form-data} body.
   *
   * @throws GraphCallException (100) when the boundary is missing or the body does not follow it
   */
  static List<Part> multipart(String contentType, byte[] body) {
    String boundary = parameter(contentType, "boundary");
    if (boundary == null || boundary.isEmpty()) {
      throw GraphCallException.malformedBody("multipart/form-data without a boundary");
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int at = indexOf(body, delimiter, 0);
    if (at < 0) {
      throw GraphCallException.malformedBody("The multipart body does not contain its boundary");
    }
    List<Part> parts = new ArrayList<>();
    int pos = at + delimiter.length;
    while (true) {
      if (startsWith(body, pos, "--")) {
        return parts;
      }
      if (!startsWith(body, pos, "\r\n")) {
        throw GraphCallException.malformedBody("A multipart boundary is not followed by a line break");
      }
      pos += 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
      if (headersEnd < 0) {
        throw GraphCallException.malformedBody("A multipart part has no end of headers");
      }
      String headers = new String(body, pos, headersEnd - pos, StandardCharsets.UTF_8);
      int contentStart = headersEnd + 4;
      int end = indexOf(body, nextDelimiter, contentStart);
      if (end < 0) {
        throw GraphCallException.malformedBody("A multipart part is not closed by the boundary");
      }
      parts.add(part(headers, java.util.Arrays.copyOfRange(body, contentStart, end)));
      pos = end + nextDelimiter.length;
    }
  }

  private static Part part(String headers, byte[] content) {
    String disposition = null;
    String type = null;
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw GraphCallException.malformedBody("A multipart header line has no ':'");
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("content-disposition")) {
        disposition = value;
      } else if (name.equals("content-type")) {
        type = value;
      }
    }
    if (disposition == null || !disposition.toLowerCase(Locale.ROOT).startsWith("form-data")) {
      throw GraphCallException.malformedBody("A multipart part has no Content-Disposition: form-data");
    }
    String name = parameter(disposition, "name");
    if (name == null) {
      throw GraphCallException.malformedBody("A multipart part has no name");
    }
    return new Part(name, parameter(disposition, "filename"), type, content);
  }

  /** The value of {@code ;name=value} or {@code ;name="value"} in a header value. */
  static @Nullable String parameter(String header, String name) {
    for (String item : header.split(";")) {
      String t = item.trim();
      int eq = t.indexOf('=');
      if (eq > 0 && t.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = t.substring(eq + 1).trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  /** The media type of a Content-Type value, lower case, without parameters. */
  static String mediaType(@Nullable String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] body, int pos, String text) {
    byte[] t = text.getBytes(StandardCharsets.ISO_8859_1);
    if (pos + t.length > body.length) {
      return false;
    }
    for (int i = 0; i < t.length; i++) {
      if (body[pos + i] != t[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] body, byte[] needle, int from) {
    outer:
    for (int i = from; i <= body.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (body[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
