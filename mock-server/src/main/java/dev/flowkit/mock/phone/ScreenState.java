package dev.flowkit.mock.phone;

import dev.flowkit.json.Screen;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the phone keeps for one visit of a screen (Flow JSON §9.2): its data, the form values typed per §7.2,
 * which fields the user touched, which fields were edited since the endpoint's data (and so its error messages)
 * last changed, the files picked, and the snackbar text. Mutable; owned by one engine.
 */
final class ScreenState {

  final Screen screen;
  final ScreenIndex index;
  ObjectNode data;
  final Map<String, JsonNode> form = new LinkedHashMap<>();
  final Map<String, List<PickedFile>> uploads = new LinkedHashMap<>();
  final Set<String> touched = new HashSet<>();
  final Set<String> editedSinceData = new HashSet<>();
  Optional<String> snackbar = Optional.empty();

  ScreenState(Screen screen, ScreenIndex index, ObjectNode data) {
    this.screen = screen;
    this.index = index;
    this.data = data;
  }

  String id() {
    return screen.id();
  }

  boolean isSensitive(String field) {
    return screen.sensitive().map(list -> list.contains(field)).orElse(false);
  }
}
