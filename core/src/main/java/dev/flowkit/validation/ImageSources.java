package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Literal image sources must be base64 (spec/flow-json.md section 5.17): Meta's Builder decodes them with the
 * browser's {@code atob}, which drops ASCII whitespace and accepts missing padding; so does this rule. Bindings and
 * expressions are left alone. Meta's code for this is UNCERTAIN; INVALID_PROPERTY_VALUE is used, as the spec does.
 */
final class ImageSources {

  private static final Pattern ASCII_WHITESPACE = Pattern.compile("[\\t\\n\\f\\r ]");
  private static final String MESSAGE = "Image source is not in a valid base64 format.";

  private ImageSources() {}

  static List<Finding> check(JsonNode root) {
    List<Finding> findings = new ArrayList<>();
    ComponentTree.forEachInFlow(root, (component, at) -> {
      String type = component.path("type").asString("");
      if (type.equals("Image")) {
        source(component.get("src"), at + "/src", findings);
      } else if (type.equals("ImageCarousel")) {
        JsonNode images = component.path("images");
        for (int j = 0; j < images.size(); j++) {
          source(images.get(j).get("src"), at + "/images/" + j + "/src", findings);
        }
      }
    });
    return findings;
  }

  private static void source(JsonNode src, String at, List<Finding> findings) {
    if (src != null && src.isString() && !Literals.isDynamic(src) && !isBase64(src.asString())) {
      findings.add(Finding.atValue("INVALID_PROPERTY_VALUE", MESSAGE, at));
    }
  }

  /** What {@code atob} accepts: base64 after removing ASCII whitespace, padding optional. */
  static boolean isBase64(String text) {
    String compact = ASCII_WHITESPACE.matcher(text).replaceAll("");
    if (compact.isEmpty()) {
      return false; // atob("") is valid, but an empty picture is not an image; the non-blank rule covers 6.0+
    }
    try {
      Base64.getDecoder().decode(compact);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
