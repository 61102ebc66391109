package dev.flowkit.mock.phone;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.Screen;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.NullMarked;

/**
 * Names the fields whose values a transcript must not show: usually a screen's {@code sensitive} list. A masked
 * name hides its value wherever it appears as a key in the request's or the response's JSON, at any depth. For
 * an exchange, the fields of the screen it comes from and of the screen it leads to are masked. Implementations
 * must be thread-safe.
 */
@NullMarked
@FunctionalInterface
public interface EndpointMask {

  /** The field names to mask for a screen; the screen is empty for INIT and ping. */
  Set<String> fieldsToMask(Optional<String> screen);

  /** Masks nothing. */
  static EndpointMask none() {
    return screen -> Set.of();
  }

  /** Masks these names on every screen. */
  static EndpointMask fields(String... names) {
    Set<String> all = Set.of(names);
    return screen -> all;
  }

  /** Masks, per screen id, the names listed for it. */
  static EndpointMask perScreen(Map<String, ? extends Collection<String>> fieldsByScreen) {
    Map<String, Set<String>> copy = new HashMap<>();
    fieldsByScreen.forEach((screen, names) -> copy.put(Objects.requireNonNull(screen), Set.copyOf(names)));
    return screen -> screen.map(id -> copy.getOrDefault(id, Set.of())).orElse(Set.of());
  }

  /** Masks each screen's {@code sensitive} list (Flow JSON 5.1+) of this flow. */
  static EndpointMask sensitiveFieldsOf(FlowJson flow) {
    Map<String, List<String>> sensitive = new HashMap<>();
    for (Screen screen : flow.screens()) {
      screen.sensitive().ifPresent(names -> sensitive.put(screen.id(), names));
    }
    return perScreen(sensitive);
  }

  /** This mask and another: a name either one lists is masked. */
  default EndpointMask and(EndpointMask other) {
    Objects.requireNonNull(other, "other");
    return screen -> {
      Set<String> both = new HashSet<>(fieldsToMask(screen));
      both.addAll(other.fieldsToMask(screen));
      return Set.copyOf(both);
    };
  }
}
