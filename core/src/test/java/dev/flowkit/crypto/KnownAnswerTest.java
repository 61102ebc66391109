package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Known answers made by others: the vector of spec/platform.md §5.2 and pywa's full request/response pair (its
 * key is encrypted PKCS#8, PBES2 with DES-EDE3, which the JDK alone cannot read). Both backends.
 */
class KnownAnswerTest {

  private static final JsonNode SPEC = TestVectors.spec52();
  private static final JsonNode PYWA = TestVectors.pywa();

  static Iterable<CryptoBackend> backends() {
    return TestVectors.backends();
  }

  @ParameterizedTest
  @MethodSource("backends")
  void spec_vector_decrypts_to_the_clear_request_and_reencrypts_to_the_expected_response(CryptoBackend backend) {
    PrivateKey key = BusinessKeys.readPrivateKey(SPEC.get("private_key_pem").asString());
    FlowEndpointCipher cipher = FlowEndpointCipher.builder().privateKey(key).backend(backend).build();
    EncryptedFlowRequest body = new EncryptedFlowRequest(SPEC.get("encrypted_flow_data").asString(),
        SPEC.get("encrypted_aes_key").asString(), SPEC.get("iv_b64").asString());

    DecryptedFlowRequest request = cipher.decrypt(body.toJsonBytes());

    assertThat(request.plaintext()).isEqualTo(SPEC.get("request_plaintext").asString());
    assertThat(request.payload().get("flow_token").asString()).isEqualTo("tok-123");
    assertThat(request.encryptResponse(SPEC.get("response_plaintext").asString()))
        .isEqualTo(SPEC.get("encrypted_response").asString());
  }

  @ParameterizedTest
  @MethodSource("backends")
  void spec_vector_request_body_has_the_expected_signature(CryptoBackend backend) {
    EncryptedFlowRequest body = new EncryptedFlowRequest(SPEC.get("encrypted_flow_data").asString(),
        SPEC.get("encrypted_aes_key").asString(), SPEC.get("iv_b64").asString());
    AppSecret secret = AppSecret.of(SPEC.get("app_secret").asString());

    assertThat(HubSignature.sign(body.toJsonBytes(), secret)).isEqualTo(SPEC.get("request_body_signature").asString());
    HubSignature.verifier(secret).verify(body.toJsonBytes(), SPEC.get("request_body_signature").asString());
  }

  @ParameterizedTest
  @MethodSource("backends")
  void client_side_with_the_spec_key_and_iv_reproduces_encrypted_flow_data(CryptoBackend backend) {
    FlowClientCipher client = FlowClientCipher.builder()
        .publicKey(BusinessKeys.readPublicKey(SPEC.get("public_key_pem").asString()))
        .random(new ScriptedRandom(TestVectors.hex(SPEC.get("aes_key_hex")), TestVectors.hex(SPEC.get("iv_hex"))))
        .backend(backend)
        .build();

    PendingFlowRequest pending = client.encrypt(SPEC.get("request_plaintext").asString());

    assertThat(pending.body().encryptedFlowData()).isEqualTo(SPEC.get("encrypted_flow_data").asString());
    assertThat(pending.body().initialVector()).isEqualTo(SPEC.get("iv_b64").asString());
    assertThat(pending.decryptResponse(SPEC.get("encrypted_response").asString()))
        .isEqualTo(SPEC.get("response_plaintext").asString());
    // OAEP is randomised, so the wrapped key differs from the spec's; the business key must still open it.
    FlowEndpointCipher endpoint = FlowEndpointCipher.builder()
        .privateKey(BusinessKeys.readPrivateKey(SPEC.get("private_key_pem").asString())).backend(backend).build();
    assertThat(endpoint.decrypt(pending.body()).plaintext()).isEqualTo(SPEC.get("request_plaintext").asString());
  }

  @ParameterizedTest
  @MethodSource("backends")
  void pywa_vector_decrypts_and_reencrypts_to_the_exact_response_bytes(CryptoBackend backend) {
    PrivateKey key = BusinessKeys.readPrivateKey(PYWA.get("private_key_pem").asString(),
        PYWA.get("passphrase").asString().toCharArray());
    FlowEndpointCipher cipher = FlowEndpointCipher.builder().privateKey(key).backend(backend).build();
    byte[] body = Json.MAPPER.writeValueAsBytes(PYWA.get("request_body"));

    DecryptedFlowRequest request = cipher.decrypt(body);

    JsonNode expected = PYWA.get("expected_request");
    assertThat(request.plaintext()).isEqualTo(expected.get("plaintext_utf8").asString());
    assertThat(request.payload()).isEqualTo(expected.get("json"));
    JsonNode response = PYWA.get("response");
    assertThat(HexFormat.of().formatHex(DecryptedFlowRequest.flip(TestVectors.hex(expected.get("iv_hex")))))
        .isEqualTo(response.get("flipped_iv_hex").asString());
    assertThat(request.encryptResponse(response.get("plaintext_utf8").asString().getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(response.get("encrypted_response_b64").asString());
  }

  /** Hands out the scripted bytes first (AES key, then IV), then a counter: reproducible, never for production. */
  static final class ScriptedRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] script;
    private int position;
    private byte counter;

    ScriptedRandom(byte[]... parts) {
      int length = 0;
      for (byte[] part : parts) {
        length += part.length;
      }
      script = new byte[length];
      int offset = 0;
      for (byte[] part : parts) {
        System.arraycopy(part, 0, script, offset, part.length);
        offset += part.length;
      }
    }

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = position < script.length ? script[position++] : counter++;
      }
    }
  }
}
