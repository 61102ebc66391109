package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldSelectionTest {

  @Test
  void parses_plain_fields_and_modifier_chains() {
    FieldSelection s = FieldSelection.parse("id, preview.invalidate(false),health_status.phone_number(123),"
        + "metric.name(ENDPOINT_REQUEST_COUNT).granularity(DAY).since(2024-01-28).until(2024-01-30)");

    assertThat(s.namesOr(List.of())).containsExactly("id", "preview", "health_status", "metric");
    assertThat(s.field("preview").orElseThrow().modifier("invalidate")).contains("false");
    assertThat(s.field("health_status").orElseThrow().modifier("phone_number")).contains("123");
    assertThat(s.field("metric").orElseThrow().modifiers()).containsExactly(
        Map.entry("name", "ENDPOINT_REQUEST_COUNT"), Map.entry("granularity", "DAY"),
        Map.entry("since", "2024-01-28"), Map.entry("until", "2024-01-30"));
  }

  @Test
  void empty_selection_falls_back_to_defaults() {
    assertThat(FieldSelection.parse(" , ").namesOr(List.of("id", "name"))).containsExactly("id", "name");
  }

  @Test
  void malformed_lists_are_refused_with_code_100() {
    for (String bad : List.of("preview.invalidate(false", "a)", "preview.(x)", "pre view", "a.b", "a(1)")) {
      assertThatExceptionOfType(GraphCallException.class).as(bad).isThrownBy(() -> FieldSelection.parse(bad))
          .satisfies(e -> assertThat(e.code()).isEqualTo(100));
    }
  }

  @Test
  void endpoint_field_is_renamed_from_v19() {
    assertThat(ApiVersion.parse("v18.0").orElseThrow().endpointUriField()).isEqualTo("data_channel_uri");
    assertThat(ApiVersion.parse("v19.0").orElseThrow().endpointUriField()).isEqualTo("endpoint_uri");
    assertThat(ApiVersion.parse("v21")).isEmpty();
  }

  @Test
  void unknown_field_names_the_node_type() {
    assertThatExceptionOfType(GraphCallException.class)
        .isThrownBy(() -> FieldSelection.parse("id,colour").requireKnown(List.of("id"), "Flow"))
        .withMessage("(#100) Tried accessing nonexisting field (colour) on node type (Flow)");
  }
}
