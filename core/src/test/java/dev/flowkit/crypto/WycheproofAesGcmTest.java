package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Project Wycheproof's AES-GCM vectors with 128-bit keys (the size WhatsApp uses) through {@link AesGcm}, the
 * primitive that opens requests and seals replies, on every available backend: valid vectors encrypt to exactly
 * {@code ct ‖ tag} and decrypt to {@code msg}; invalid ones are refused by decryption.
 */
class WycheproofAesGcmTest {

  private static final JsonNode FILE = TestVectors.load("wycheproof/aes_gcm_test.json");

  @TestFactory
  Stream<DynamicNode> every_128_bit_key_vector_behaves_as_the_file_says() {
    assertThat(FILE.get("algorithm").asString()).isEqualTo("AES-GCM");
    List<JsonNode> vectors = new ArrayList<>();
    for (JsonNode group : FILE.get("testGroups")) {
      if (group.get("keySize").asInt() == 128) {
        assertThat(group.get("tagSize").asInt()).isEqualTo(128);
        group.get("tests").forEach(vectors::add);
      }
    }
    // The file's 128-bit-key groups: IV sizes 0 to 2056 bits, including the 128-bit IVs WhatsApp uses.
    assertThat(vectors).hasSizeGreaterThan(100);
    List<DynamicNode> perBackend = new ArrayList<>();
    for (CryptoBackend backend : TestVectors.backends()) {
      List<DynamicTest> tests = new ArrayList<>();
      for (JsonNode test : vectors) {
        tests.add(DynamicTest.dynamicTest(WycheproofRsaOaepTest.name(test) + " iv " + test.get("iv").asString().length() * 4 + " bits",
            () -> run(backend, test)));
      }
      perBackend.add(DynamicContainer.dynamicContainer(backend.name() + " (" + tests.size() + " vectors)", tests));
    }
    return perBackend.stream();
  }

  private static void run(CryptoBackend backend, JsonNode test) throws GeneralSecurityException {
    byte[] key = TestVectors.hex(test.get("key"));
    byte[] iv = TestVectors.hex(test.get("iv"));
    byte[] aad = TestVectors.hex(test.get("aad"));
    byte[] msg = TestVectors.hex(test.get("msg"));
    byte[] sealed = concat(TestVectors.hex(test.get("ct")), TestVectors.hex(test.get("tag")));
    String name = WycheproofRsaOaepTest.name(test);
    switch (test.get("result").asString()) {
      case "valid" -> {
        assertThat(AesGcm.encrypt(backend, key, iv, aad, msg)).as(name + " encrypt").isEqualTo(sealed);
        assertThat(AesGcm.decrypt(backend, key, iv, aad, sealed)).as(name + " decrypt").isEqualTo(msg);
      }
      case "invalid" -> assertThatExceptionOfType(GeneralSecurityException.class).as(name)
          .isThrownBy(() -> AesGcm.decrypt(backend, key, iv, aad, sealed));
      default -> {
        try {
          assertThat(AesGcm.decrypt(backend, key, iv, aad, sealed)).as(name).isEqualTo(msg);
        } catch (GeneralSecurityException acceptable) {
          // "acceptable": refusing is allowed too
        }
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
