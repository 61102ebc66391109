package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every PEM form people have, round trips through the codec, and each way a key can be wrong. */
class BusinessKeysTest {

  private static KeyPair pair;

  @BeforeAll
  static void generate() {
    pair = BusinessKeys.generate();
  }

  static List<KeyForms.PrivateForm> bouncyCastlePrivateForms() throws Exception {
    return KeyForms.bouncyCastlePrivate(pair);
  }

  static List<KeyForms.PublicForm> bouncyCastlePublicForms() throws Exception {
    return KeyForms.bouncyCastlePublic(pair);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bouncyCastlePrivateForms")
  void every_private_key_form_reads_and_decrypts_requests(KeyForms.PrivateForm form) {
    PrivateKey key = BusinessKeys.readPrivateKey(form.pem(), form.encrypted() ? KeyForms.PASSPHRASE.toCharArray() : null);

    assertThat(key.getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    assertRoundTrip(key, pair.getPublic());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bouncyCastlePublicForms")
  void every_public_key_form_reads_and_encrypts_requests(KeyForms.PublicForm form) {
    PublicKey key = BusinessKeys.readPublicKey(form.pem());

    assertThat(key.getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    assertRoundTrip(pair.getPrivate(), key);
  }

  @Test
  void keys_made_by_openssl_in_every_form_read_and_round_trip(@TempDir Path dir) throws Exception {
    assumeTrue(KeyForms.opensslAvailable(), "openssl is not installed: the BouncyCastle-made forms cover the same PEM types");
    Map<String, KeyForms.PrivateForm> privateForms = KeyForms.opensslPrivate(dir);
    List<KeyForms.PublicForm> publicForms = KeyForms.opensslPublic(dir);
    PrivateKey reference = BusinessKeys.readPrivateKey(privateForms.get("pkcs8.pem").pem());
    PublicKey referencePublic = BusinessKeys.readPublicKey(publicForms.get(0).pem());

    for (KeyForms.PrivateForm form : privateForms.values()) {
      PrivateKey key = BusinessKeys.readPrivateKey(form.pem(), form.encrypted() ? KeyForms.PASSPHRASE.toCharArray() : null);
      assertThat(key.getEncoded()).as(form.name()).isEqualTo(reference.getEncoded());
      assertThat(BusinessKeys.belongTogether(key, referencePublic)).as(form.name()).isTrue();
      if (form.encrypted()) {
        assertThatExceptionOfType(KeyPassphraseException.class).as(form.name())
            .isThrownBy(() -> BusinessKeys.readPrivateKey(form.pem(), "wrong passphrase".toCharArray()))
            .satisfies(e -> assertThat(e.reason()).isEqualTo(KeyPassphraseException.Reason.WRONG));
        assertThatExceptionOfType(KeyPassphraseException.class).as(form.name())
            .isThrownBy(() -> BusinessKeys.readPrivateKey(form.pem()))
            .satisfies(e -> assertThat(e.reason()).isEqualTo(KeyPassphraseException.Reason.MISSING));
      }
    }
    for (KeyForms.PublicForm form : publicForms) {
      assertRoundTrip(reference, BusinessKeys.readPublicKey(form.pem()));
    }
  }

  @Test
  void keys_we_write_are_read_back_by_us_and_by_openssl(@TempDir Path dir) throws Exception {
    String encrypted = BusinessKeys.toEncryptedPem(pair.getPrivate(), KeyForms.PASSPHRASE.toCharArray());
    String plain = BusinessKeys.toPem(pair.getPrivate());
    String pub = BusinessKeys.toPem(pair.getPublic());

    assertThat(encrypted).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThat(plain).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(pub).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(BusinessKeys.readPrivateKey(encrypted, KeyForms.PASSPHRASE.toCharArray()).getEncoded())
        .isEqualTo(pair.getPrivate().getEncoded());
    assertThat(BusinessKeys.readPrivateKey(plain).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    assertThat(BusinessKeys.readPublicKey(pub).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
    // The JDK alone reads our encrypted form too (PBES2 with AES), so no user is tied to BouncyCastle.
    byte[] der = Base64.getMimeDecoder().decode(encrypted.replaceAll("-----[A-Z ]+-----", ""));
    var info = new javax.crypto.EncryptedPrivateKeyInfo(der);
    String scheme = info.getAlgParameters().toString(); // e.g. PBEWithHmacSHA256AndAES_256
    var pbe = javax.crypto.SecretKeyFactory.getInstance(scheme)
        .generateSecret(new javax.crypto.spec.PBEKeySpec(KeyForms.PASSPHRASE.toCharArray()));
    javax.crypto.Cipher jdk = javax.crypto.Cipher.getInstance(scheme);
    jdk.init(javax.crypto.Cipher.DECRYPT_MODE, pbe, info.getAlgParameters());
    assertThat(scheme).isEqualTo("PBEWithHmacSHA256AndAES_256");
    assertThat(info.getKeySpec(jdk).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());

    assumeTrue(KeyForms.opensslAvailable(), "openssl is not installed");
    Files.writeString(dir.resolve("ours.pem"), encrypted);
    Files.writeString(dir.resolve("pass.txt"), KeyForms.PASSPHRASE + "\n");
    assertThat(KeyForms.openssl(dir, "pkey", "-in", "ours.pem", "-passin", "file:" + dir.resolve("pass.txt"), "-noout", "-text"))
        .contains("Private-Key: (2048 bit");
  }

  @Test
  void a_pem_with_literal_backslash_n_as_environment_variables_carry_it_is_accepted() {
    String oneLine = BusinessKeys.toPem(pair.getPrivate()).strip().replace("\n", "\\n");

    assertThat(BusinessKeys.readPrivateKey(oneLine).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
  }

  @Test
  void other_pem_blocks_around_the_key_are_skipped() {
    String both = BusinessKeys.toPem(pair.getPublic()) + "\n" + BusinessKeys.toPem(pair.getPrivate());

    assertThat(BusinessKeys.readPrivateKey(both).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
    assertThat(BusinessKeys.readPublicKey(both).getEncoded()).isEqualTo(pair.getPublic().getEncoded());
  }

  @Test
  void the_wrong_half_is_named() {
    assertThatExceptionOfType(MalformedKeyException.class)
        .isThrownBy(() -> BusinessKeys.readPrivateKey(BusinessKeys.toPem(pair.getPublic())))
        .withMessageContaining("holds a public key but no private key");
    assertThatExceptionOfType(MalformedKeyException.class)
        .isThrownBy(() -> BusinessKeys.readPublicKey(BusinessKeys.toPem(pair.getPrivate())))
        .withMessageContaining("never upload or share the private key");
  }

  @Test
  void text_that_is_not_a_key_is_malformed() {
    assertThatExceptionOfType(MalformedKeyException.class).isThrownBy(() -> BusinessKeys.readPrivateKey("hello"))
        .withMessageContaining("no private key found");
    String damaged = BusinessKeys.toPem(pair.getPrivate()).replace("MII", "!!!");
    assertThatExceptionOfType(MalformedKeyException.class).isThrownBy(() -> BusinessKeys.readPrivateKey(damaged))
        .satisfies(e -> LeakCheck.assertNoLeak(e, damaged.substring(40, 100)));
    String truncated = BusinessKeys.toPem(pair.getPrivate()).substring(0, 300) + "\n-----END PRIVATE KEY-----\n";
    assertThatExceptionOfType(MalformedKeyException.class).isThrownBy(() -> BusinessKeys.readPrivateKey(truncated));
  }

  @Test
  void keys_that_are_not_rsa_are_refused(@TempDir Path dir) throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    KeyPair ecPair = ec.generateKeyPair();
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(ecPair.getPrivate().getEncoded())
        + "\n-----END PRIVATE KEY-----\n";

    assertThatExceptionOfType(MalformedKeyException.class).isThrownBy(() -> BusinessKeys.readPrivateKey(pem))
        .withMessageContaining("uses RSA keys");
    assertThatExceptionOfType(MalformedKeyException.class).isThrownBy(() -> FlowEndpointCipher.create(ecPair.getPrivate()))
        .withMessageContaining("this is a EC key");
  }

  @Test
  void keys_under_2048_bits_are_refused_when_read() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);
    KeyPair small = generator.generateKeyPair();
    String pem = "-----BEGIN PRIVATE KEY-----\n"
        + Base64.getMimeEncoder().encodeToString(small.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";

    assertThatExceptionOfType(KeyTooSmallException.class).isThrownBy(() -> BusinessKeys.readPrivateKey(pem))
        .withMessage("the RSA key has 1024 bits; WhatsApp Business Encryption needs at least 2048 bits: generate a "
            + "new pair (flowkit keys generate --out DIR) and upload its public key");
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessKeys.generate(1024));
  }

  @Test
  void passphrase_errors_never_show_the_passphrase_or_the_key() {
    String encrypted = BusinessKeys.toEncryptedPem(pair.getPrivate(), "s3cret-Passphrase".toCharArray());

    assertThatExceptionOfType(KeyPassphraseException.class)
        .isThrownBy(() -> BusinessKeys.readPrivateKey(encrypted, "other-Passphrase".toCharArray()))
        .withMessageContaining("passphrase does not open")
        .satisfies(e -> LeakCheck.assertNoLeak(e, "s3cret-Passphrase", "other-Passphrase", encrypted.substring(40, 90)));
    assertThatExceptionOfType(KeyPassphraseException.class).isThrownBy(() -> BusinessKeys.readPrivateKey(encrypted))
        .withMessageContaining("give its passphrase");
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessKeys.toEncryptedPem(pair.getPrivate(), new char[0]));
  }

  @Test
  void keys_of_one_pair_belong_together_and_others_do_not() {
    KeyPair another = BusinessKeys.generate();

    assertThat(BusinessKeys.belongTogether(pair.getPrivate(), pair.getPublic())).isTrue();
    assertThat(BusinessKeys.belongTogether(pair.getPrivate(), another.getPublic())).isFalse();
    assertThat(BusinessKeys.publicKeyOf(pair.getPrivate())).isEqualTo(pair.getPublic());
    BusinessKeys.requireMatching(pair.getPrivate(), pair.getPublic());
    assertThatExceptionOfType(KeyMismatchException.class)
        .isThrownBy(() -> BusinessKeys.requireMatching(pair.getPrivate(), another.getPublic()))
        .withMessageContaining("are not one pair");
    assertThat(((RSAPublicKey) pair.getPublic()).getModulus().bitLength()).isEqualTo(2048);
  }

  @Test
  void files_are_read_from_disk(@TempDir Path dir) throws Exception {
    Path priv = Files.writeString(dir.resolve("private.pem"),
        BusinessKeys.toEncryptedPem(pair.getPrivate(), KeyForms.PASSPHRASE.toCharArray()));
    Path pub = Files.writeString(dir.resolve("public.pem"), BusinessKeys.toPem(pair.getPublic()));

    assertRoundTrip(BusinessKeys.readPrivateKey(priv, KeyForms.PASSPHRASE.toCharArray()), BusinessKeys.readPublicKey(pub));
  }

  @Test
  void files_with_a_byte_order_mark_and_non_ascii_attribute_lines_are_read(@TempDir Path dir) throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] attributes = "Bag Attributes\n    friendlyName: clé de l'entreprise\n".getBytes(StandardCharsets.UTF_8);
    byte[] pem = BusinessKeys.toPem(pair.getPrivate()).getBytes(StandardCharsets.US_ASCII);
    Path file = dir.resolve("exported.pem");
    Files.write(file, concat(bom, attributes, pem));

    assertThat(BusinessKeys.readPrivateKey(file, null).getEncoded()).isEqualTo(pair.getPrivate().getEncoded());
  }

  private static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static void assertRoundTrip(PrivateKey privateKey, PublicKey publicKey) {
    PendingFlowRequest pending = FlowClientCipher.create(publicKey).encrypt("{\"action\":\"ping\"}");
    DecryptedFlowRequest request = FlowEndpointCipher.create(privateKey).decrypt(pending.body());
    assertThat(pending.decryptResponse(request.encryptResponse("{\"data\":{\"status\":\"active\"}}")))
        .isEqualTo("{\"data\":{\"status\":\"active\"}}");
  }
}
