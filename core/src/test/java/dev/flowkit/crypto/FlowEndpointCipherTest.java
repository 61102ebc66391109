package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Both sides of the codec against each other, and every way a request can be bad. */
class FlowEndpointCipherTest {

  private static final String REQUEST = "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"DETAILS\","
      + "\"data\":{\"password\":\"hunter2-secret\"},\"flow_token\":\"tok-9\"}";
  private static KeyPair business;
  private static KeyPair other;

  @BeforeAll
  static void keys() {
    business = BusinessKeys.generate();
    other = BusinessKeys.generate();
  }

  static Iterable<CryptoBackend> backends() {
    return TestVectors.backends();
  }

  private static FlowEndpointCipher endpoint(CryptoBackend backend) {
    return FlowEndpointCipher.builder().privateKey(business.getPrivate()).backend(backend).build();
  }

  private static PendingFlowRequest encrypt(CryptoBackend backend, String json) {
    return FlowClientCipher.builder().publicKey(business.getPublic()).backend(backend).build().encrypt(json);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void a_request_and_its_reply_round_trip(CryptoBackend backend) {
    PendingFlowRequest pending = encrypt(backend, REQUEST);

    DecryptedFlowRequest request = endpoint(backend).decrypt(pending.body().toJsonBytes());
    String reply = request.encryptResponse("{\"screen\":\"DONE\",\"data\":{\"ü\":\"✓\"}}");

    assertThat(request.plaintext()).isEqualTo(REQUEST);
    assertThat(request.payload().get("screen").asString()).isEqualTo("DETAILS");
    assertThat(pending.decryptResponse(reply)).isEqualTo("{\"screen\":\"DONE\",\"data\":{\"ü\":\"✓\"}}");
  }

  @Test
  void the_two_backends_interoperate() {
    for (CryptoBackend client : TestVectors.backends()) {
      for (CryptoBackend server : TestVectors.backends()) {
        PendingFlowRequest pending = encrypt(client, REQUEST);
        DecryptedFlowRequest request = endpoint(server).decrypt(pending.body());
        assertThat(pending.decryptResponse(request.encryptResponse("{}"))).as(client + " -> " + server).isEqualTo("{}");
      }
    }
  }

  @Test
  void every_request_gets_a_fresh_key_and_iv() {
    FlowClientCipher client = FlowClientCipher.create(business.getPublic());
    EncryptedFlowRequest first = client.encrypt(REQUEST).body();
    EncryptedFlowRequest second = client.encrypt(REQUEST).body();

    assertThat(first.initialVector()).isNotEqualTo(second.initialVector());
    assertThat(first.encryptedFlowData()).isNotEqualTo(second.encryptedFlowData());
    assertThat(Base64.getDecoder().decode(first.initialVector())).hasSize(16);
    assertThat(Base64.getDecoder().decode(first.encryptedAesKey())).hasSize(256);
  }

  @Test
  void a_request_can_be_answered_only_once() {
    DecryptedFlowRequest request = endpoint(CryptoBackend.jca()).decrypt(encrypt(CryptoBackend.jca(), REQUEST).body());
    request.encryptResponse("{\"screen\":\"A\"}");

    assertThat(request.isAnswered()).isTrue();
    assertThatIllegalStateException().isThrownBy(() -> request.encryptResponse("{\"screen\":\"B\"}"))
        .withMessageContaining("already answered");
  }

  @Test
  void the_request_context_prints_no_key_iv_or_plaintext() {
    PendingFlowRequest pending = encrypt(CryptoBackend.jca(), REQUEST);
    DecryptedFlowRequest request = endpoint(CryptoBackend.jca()).decrypt(pending.body());

    assertThat(request.toString()).doesNotContain("hunter2", "tok-9", pending.body().initialVector());
    assertThat(pending.toString()).doesNotContain(pending.body().initialVector(), pending.body().encryptedFlowData());
    assertThat(pending.body().toString()).doesNotContain(pending.body().encryptedAesKey());
  }

  @Test
  void a_request_for_a_rotated_out_key_is_accepted_while_the_previous_key_is_configured() {
    PendingFlowRequest old = FlowClientCipher.create(other.getPublic()).encrypt(REQUEST);
    FlowEndpointCipher rotating = FlowEndpointCipher.builder().privateKey(business.getPrivate())
        .previousPrivateKey(other.getPrivate()).build();

    assertThat(rotating.decrypt(old.body()).plaintext()).isEqualTo(REQUEST);
    assertThat(rotating.decrypt(encrypt(CryptoBackend.jca(), REQUEST).body()).plaintext()).isEqualTo(REQUEST);
  }

  // --- bad requests: each gets its typed reason, and no message leaks anything ---

  @ParameterizedTest
  @MethodSource("backends")
  void a_request_for_another_key_is_refused_with_421(CryptoBackend backend) {
    PendingFlowRequest pending = FlowClientCipher.builder().publicKey(other.getPublic()).backend(backend).build()
        .encrypt(REQUEST);

    assertRefused(backend, pending.body().toJsonBytes(), FlowDecryptionException.Reason.KEY_NOT_FOR_THIS_BUSINESS, pending);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void an_altered_tag_is_refused(CryptoBackend backend) {
    PendingFlowRequest pending = encrypt(backend, REQUEST);
    byte[] data = Base64.getDecoder().decode(pending.body().encryptedFlowData());
    data[data.length - 1] ^= 1;

    assertRefused(backend, with(pending, b -> new EncryptedFlowRequest(b64(data), b.encryptedAesKey(), b.initialVector())),
        FlowDecryptionException.Reason.AUTHENTICATION_FAILED, pending);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void an_altered_ciphertext_is_refused(CryptoBackend backend) {
    PendingFlowRequest pending = encrypt(backend, REQUEST);
    byte[] data = Base64.getDecoder().decode(pending.body().encryptedFlowData());
    data[3] ^= 0x40;

    assertRefused(backend, with(pending, b -> new EncryptedFlowRequest(b64(data), b.encryptedAesKey(), b.initialVector())),
        FlowDecryptionException.Reason.AUTHENTICATION_FAILED, pending);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void another_iv_of_the_right_length_is_refused(CryptoBackend backend) {
    PendingFlowRequest pending = encrypt(backend, REQUEST);
    byte[] iv = Base64.getDecoder().decode(pending.body().initialVector());
    iv[0] ^= 1;

    assertRefused(backend, with(pending, b -> new EncryptedFlowRequest(b.encryptedFlowData(), b.encryptedAesKey(), b64(iv))),
        FlowDecryptionException.Reason.AUTHENTICATION_FAILED, pending);
  }

  @Test
  void a_12_byte_iv_is_refused_as_the_wrong_length() {
    PendingFlowRequest pending = encrypt(CryptoBackend.jca(), REQUEST);
    assertRefused(CryptoBackend.jca(), with(pending, b -> new EncryptedFlowRequest(b.encryptedFlowData(),
        b.encryptedAesKey(), b64(new byte[12]))), FlowDecryptionException.Reason.WRONG_IV_LENGTH, pending);
  }

  @Test
  void truncated_fields_are_refused() {
    PendingFlowRequest pending = encrypt(CryptoBackend.jca(), REQUEST);
    EncryptedFlowRequest b = pending.body();
    assertRefused(CryptoBackend.jca(), new EncryptedFlowRequest(b64(new byte[10]), b.encryptedAesKey(), b.initialVector()).toJsonBytes(),
        FlowDecryptionException.Reason.CIPHERTEXT_TOO_SHORT, pending);
    byte[] data = Base64.getDecoder().decode(b.encryptedFlowData());
    assertRefused(CryptoBackend.jca(), new EncryptedFlowRequest(b64(java.util.Arrays.copyOf(data, data.length - 5)),
        b.encryptedAesKey(), b.initialVector()).toJsonBytes(), FlowDecryptionException.Reason.AUTHENTICATION_FAILED, pending);
    byte[] wrapped = Base64.getDecoder().decode(b.encryptedAesKey());
    assertRefused(CryptoBackend.jca(), new EncryptedFlowRequest(b.encryptedFlowData(),
        b64(java.util.Arrays.copyOf(wrapped, 128)), b.initialVector()).toJsonBytes(),
        FlowDecryptionException.Reason.KEY_NOT_FOR_THIS_BUSINESS, pending);
  }

  @Test
  void non_base64_fields_are_refused_naming_the_field() {
    PendingFlowRequest pending = encrypt(CryptoBackend.jca(), REQUEST);
    EncryptedFlowRequest b = pending.body();
    FlowDecryptionException e = assertRefused(CryptoBackend.jca(),
        new EncryptedFlowRequest(b.encryptedFlowData(), "not*base64!", b.initialVector()).toJsonBytes(),
        FlowDecryptionException.Reason.NOT_BASE64, pending);
    assertThat(e).hasMessageContaining("\"encrypted_aes_key\"").hasMessageNotContaining("not*base64!");
    assertRefused(CryptoBackend.jca(), new EncryptedFlowRequest("%%%", b.encryptedAesKey(), b.initialVector()).toJsonBytes(),
        FlowDecryptionException.Reason.NOT_BASE64, pending);
  }

  @Test
  void missing_fields_and_non_json_bodies_are_refused_as_malformed() {
    PendingFlowRequest pending = encrypt(CryptoBackend.jca(), REQUEST);
    EncryptedFlowRequest b = pending.body();
    String noIv = "{\"encrypted_flow_data\":\"" + b.encryptedFlowData() + "\",\"encrypted_aes_key\":\"" + b.encryptedAesKey() + "\"}";
    String numberIv = noIv.replace("}", ",\"initial_vector\":16}");

    assertThat(assertRefused(CryptoBackend.jca(), bytes(noIv), FlowDecryptionException.Reason.MALFORMED_BODY, pending))
        .hasMessageContaining("no \"initial_vector\"");
    assertThat(assertRefused(CryptoBackend.jca(), bytes(numberIv), FlowDecryptionException.Reason.MALFORMED_BODY, pending))
        .hasMessageContaining("\"initial_vector\" must be a base64 string");
    assertRefused(CryptoBackend.jca(), bytes("hello"), FlowDecryptionException.Reason.MALFORMED_BODY, pending);
    assertRefused(CryptoBackend.jca(), bytes("[1,2]"), FlowDecryptionException.Reason.MALFORMED_BODY, pending);
    assertRefused(CryptoBackend.jca(), new byte[0], FlowDecryptionException.Reason.MALFORMED_BODY, pending);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void a_plaintext_that_is_not_a_json_object_is_refused_without_quoting_it(CryptoBackend backend) {
    for (String plaintext : new String[] {"password=hunter2-secret", "[\"hunter2-secret\"]", "{\"a\":\"hunter2-secret\""}) {
      PendingFlowRequest pending = encrypt(backend, plaintext);
      FlowDecryptionException e = assertRefused(backend, pending.body().toJsonBytes(),
          FlowDecryptionException.Reason.PLAINTEXT_NOT_JSON, pending);
      assertThat(e).hasMessageNotContaining("hunter2");
    }
    PendingFlowRequest latin1 = FlowClientCipher.builder().publicKey(business.getPublic()).backend(backend).build()
        .encrypt(new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    assertRefused(backend, latin1.body().toJsonBytes(), FlowDecryptionException.Reason.PLAINTEXT_NOT_JSON, latin1);
  }

  @Test
  void reply_decryption_failures_are_typed() {
    PendingFlowRequest pending = encrypt(CryptoBackend.jca(), REQUEST);
    PendingFlowRequest another = encrypt(CryptoBackend.jca(), REQUEST);
    DecryptedFlowRequest anotherRequest = endpoint(CryptoBackend.jca()).decrypt(another.body());
    String foreignReply = anotherRequest.encryptResponse("{}");

    assertThatExceptionOfType(FlowResponseDecryptionException.class)
        .isThrownBy(() -> pending.decryptResponse(foreignReply))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(FlowResponseDecryptionException.Reason.AUTHENTICATION_FAILED));
    assertThatExceptionOfType(FlowResponseDecryptionException.class)
        .isThrownBy(() -> pending.decryptResponse("{\"error_msg\":\"expired\"}"))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(FlowResponseDecryptionException.Reason.NOT_BASE64));
    assertThatExceptionOfType(FlowResponseDecryptionException.class)
        .isThrownBy(() -> pending.decryptResponse("AAAA"))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(FlowResponseDecryptionException.Reason.TOO_SHORT));
    assertThat(another.decryptResponse(foreignReply + "\n")).isEqualTo("{}");
  }

  @Test
  void keys_under_2048_bits_are_refused_by_both_ciphers() throws Exception {
    var generator = java.security.KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    KeyPair small = generator.generateKeyPair();

    assertThatExceptionOfType(KeyTooSmallException.class).isThrownBy(() -> FlowEndpointCipher.create(small.getPrivate()))
        .withMessageContaining("1024 bits").withMessageContaining("at least 2048")
        .satisfies(e -> assertThat(e.bits()).isEqualTo(1024));
    assertThatExceptionOfType(KeyTooSmallException.class).isThrownBy(() -> FlowClientCipher.create(small.getPublic()));
  }

  private static FlowDecryptionException assertRefused(CryptoBackend backend, byte[] body,
      FlowDecryptionException.Reason reason, PendingFlowRequest pending) {
    FlowDecryptionException e = org.junit.jupiter.api.Assertions.assertThrows(FlowDecryptionException.class,
        () -> endpoint(backend).decrypt(body));
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason);
    assertThat(e.httpStatus()).isEqualTo(421);
    LeakCheck.assertNoLeak(e, pending.body().encryptedFlowData(), pending.body().encryptedAesKey(),
        pending.body().initialVector(), "hunter2", "tok-9",
        HexFormat.of().formatHex(business.getPrivate().getEncoded()).substring(100, 140));
    return e;
  }

  private static byte[] with(PendingFlowRequest pending, java.util.function.UnaryOperator<EncryptedFlowRequest> change) {
    return change.apply(pending.body()).toJsonBytes();
  }

  private static String b64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

}
