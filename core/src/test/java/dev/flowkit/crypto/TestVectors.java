package dev.flowkit.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Loads the vectors under src/test/resources/vectors (see its README for sources and licenses). */
final class TestVectors {

  private TestVectors() {}

  static JsonNode load(String path) {
    try (InputStream in = TestVectors.class.getResourceAsStream("/vectors/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /vectors/" + path);
      }
      return Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode spec52() {
    return load("flowkit/spec_5_2_vector.json");
  }

  static JsonNode pywa() {
    return load("pywa/pywa_flow_endpoint_kat.json");
  }

  static byte[] hex(JsonNode node) {
    return HexFormat.of().parseHex(node.asString());
  }

  static String text(JsonNode node, String field) {
    return node.get(field).asString();
  }

  /** Every backend this JVM has: the JDK's always, ACCP when it is on the (test) classpath and loads. */
  static List<CryptoBackend> backends() {
    List<CryptoBackend> backends = new ArrayList<>();
    backends.add(CryptoBackend.jca());
    CryptoBackend.corretto().ifPresent(backends::add);
    return backends;
  }
}
