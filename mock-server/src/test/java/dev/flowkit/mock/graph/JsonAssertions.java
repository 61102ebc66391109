package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Small checks on JSON answers. */
final class JsonAssertions {

  private JsonAssertions() {}

  static void hasText(JsonNode node, String field, String expected) {
    assertThat(node.path(field).isString()).as("%s is text in %s", field, node).isTrue();
    assertThat(node.get(field).asString()).as(field).isEqualTo(expected);
  }
}
