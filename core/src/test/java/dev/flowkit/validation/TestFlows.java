package dev.flowkit.validation;

import java.util.List;

/** Small Flow JSON texts for the rule tests, and their errors in one line each. */
final class TestFlows {

  static final String FOOTER = "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"complete\"}}";

  private TestFlows() {}

  /** A flow of one terminal screen, DONE, with these components (a Footer is the caller's business). */
  static String oneScreen(String version, String... components) {
    return "{\"version\": \"" + version + "\", \"screens\": [{\"id\": \"DONE\", \"title\": \"Done\", \"terminal\": true, "
        + "\"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + String.join(",\n", components) + "]}}]}";
  }

  /** The same screen with a Form named {@code f} around the components, and the Form's extra properties. */
  static String inForm(String version, String formProperties, String... components) {
    return oneScreen(version, "{\"type\": \"Form\", \"name\": \"f\"" + (formProperties.isEmpty() ? "" : ", ")
        + formProperties + ", \"children\": [" + String.join(",\n", components) + "]}");
  }

  /** Each error as {@code CODE: message @ path} (the first pointer's path). */
  static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  /** Each error as {@code CODE: message @ path, path, ...} (every pointer). */
  static List<String> errorsWithAllPaths(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ "
            + String.join(", ", e.pointers().stream().map(ValidationError.Pointer::path).toList())).toList();
  }
}
