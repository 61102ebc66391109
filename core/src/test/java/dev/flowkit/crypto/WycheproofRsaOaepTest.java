package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * Project Wycheproof's RSA-OAEP-2048 SHA-256/MGF1-SHA-256 vectors through {@link RsaOaep}, the primitive that
 * unwraps every request's AES key, on every available backend. One dynamic test per tcId and backend.
 */
class WycheproofRsaOaepTest {

  private static final JsonNode FILE = TestVectors.load("wycheproof/rsa_oaep_2048_sha256_mgf1sha256_test.json");
  private static final AtomicInteger RAN = new AtomicInteger();

  @TestFactory
  Stream<DynamicNode> every_vector_decrypts_or_is_rejected_as_the_file_says() throws GeneralSecurityException {
    assertThat(FILE.get("algorithm").asString()).isEqualTo("RSAES-OAEP");
    List<DynamicNode> perBackend = new ArrayList<>();
    for (CryptoBackend backend : TestVectors.backends()) {
      List<DynamicTest> tests = new ArrayList<>();
      for (JsonNode group : FILE.get("testGroups")) {
        assertThat(group.get("sha").asString()).isEqualTo("SHA-256");
        assertThat(group.get("mgfSha").asString()).isEqualTo("SHA-256");
        PrivateKey key = privateKey(group.get("privateKey"));
        for (JsonNode test : group.get("tests")) {
          tests.add(DynamicTest.dynamicTest(name(test), () -> run(backend, key, test)));
        }
      }
      assertThat(tests).hasSize(FILE.get("numberOfTests").asInt());
      perBackend.add(DynamicContainer.dynamicContainer(backend.name(), tests));
    }
    return perBackend.stream();
  }

  private static void run(CryptoBackend backend, PrivateKey key, JsonNode test) {
    byte[] label = TestVectors.hex(test.get("label"));
    if (label.length > 0 && backend.isCorretto()) {
      Assumptions.abort("ACCP takes no OAEP label; WhatsApp uses an empty one");
    }
    byte[] ct = TestVectors.hex(test.get("ct"));
    String result = test.get("result").asString();
    RAN.incrementAndGet();
    if (result.equals("invalid")) {
      assertThatExceptionOfType(GeneralSecurityException.class)
          .as(name(test))
          .isThrownBy(() -> RsaOaep.decrypt(backend, backend.prepare(key), ct, RsaOaep.spec(label)));
      return;
    }
    try {
      byte[] msg = RsaOaep.decrypt(backend, backend.prepare(key), ct, RsaOaep.spec(label));
      assertThat(msg).as(name(test)).isEqualTo(TestVectors.hex(test.get("msg")));
    } catch (GeneralSecurityException e) {
      if (result.equals("valid")) {
        throw new AssertionError(name(test) + ": a valid vector was rejected: " + e, e);
      }
    }
  }

  static PrivateKey privateKey(JsonNode k) throws GeneralSecurityException {
    return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
        big(k, "modulus"), big(k, "publicExponent"), big(k, "privateExponent"), big(k, "prime1"),
        big(k, "prime2"), big(k, "exponent1"), big(k, "exponent2"), big(k, "coefficient")));
  }

  private static BigInteger big(JsonNode key, String field) {
    return new BigInteger(key.get(field).asString(), 16);
  }

  static String name(JsonNode test) {
    return "tcId " + test.get("tcId").asInt() + ": " + test.get("result").asString()
        + (test.get("comment").asString().isEmpty() ? "" : ", " + test.get("comment").asString())
        + " " + test.get("flags");
  }

  @AfterAll
  static void report() {
    System.out.println("Wycheproof RSA-OAEP vectors run: " + RAN.get() + " (file has "
        + FILE.get("numberOfTests").asInt() + " per backend; backends: " + TestVectors.backends() + ")");
  }
}
