package dev.flowkit.mock.cli;

import static dev.flowkit.mock.cli.Cli.flowkit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.KeyPassphraseException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysGenerateCommandTest {

  @TempDir
  Path dir;


  @Test
  void writes_a_working_pair_and_says_where_each_half_goes() throws Exception {
    Path out = dir.resolve("keys");

    Cli.Result result = flowkit("keys", "generate", "--out", out.toString());

    assertThat(result.status()).as(result.err()).isZero();
    PrivateKey privateKey = BusinessKeys.readPrivateKey(out.resolve("private.pem"), null);
    PublicKey publicKey = BusinessKeys.readPublicKey(out.resolve("public.pem"));
    assertThat(BusinessKeys.belongTogether(privateKey, publicKey)).isTrue();
    var pending = FlowClientCipher.create(publicKey).encrypt("{\"action\":\"ping\"}");
    assertThat(FlowEndpointCipher.create(privateKey).decrypt(pending.body()).plaintext()).isEqualTo("{\"action\":\"ping\"}");
    assertThat(Files.readString(out.resolve("public.pem"))).startsWith("-----BEGIN PUBLIC KEY-----");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("private.pem")))).isEqualTo("rw-------");
    assertThat(result.out())
        .contains("Generated an RSA-2048 key pair")
        .contains("NOT encrypted")
        .contains("POST /v25.0/{PHONE_NUMBER_ID}/whatsapp_business_encryption")
        .contains("business_public_key@" + out.resolve("public.pem"))
        .contains("business_public_key_signature_status VALID")
        .doesNotContain("PRIVATE KEY-----");
  }

  @Test
  void encrypts_the_private_key_with_the_passphrase_from_a_file() throws Exception {
    Path passphrase = Files.writeString(dir.resolve("pass.txt"), "open sesame\n");

    Cli.Result result = flowkit("keys", "generate", "--out", dir.toString(), "--passphrase-file", passphrase.toString());

    assertThat(result.status()).as(result.err()).isZero();
    Path privateFile = dir.resolve("private.pem");
    assertThat(Files.readString(privateFile)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    assertThatExceptionOfType(KeyPassphraseException.class).isThrownBy(() -> BusinessKeys.readPrivateKey(privateFile, null));
    assertThat(BusinessKeys.belongTogether(BusinessKeys.readPrivateKey(privateFile, "open sesame".toCharArray()),
        BusinessKeys.readPublicKey(dir.resolve("public.pem")))).isTrue();
    assertThat(result.out()).contains("encrypted with the passphrase from " + passphrase).doesNotContain("open sesame");
  }

  @Test
  void refuses_to_replace_existing_keys_unless_forced() throws Exception {
    assertThat(flowkit("keys", "generate", "--out", dir.toString()).status()).isZero();
    String first = Files.readString(dir.resolve("public.pem"));

    Cli.Result again = flowkit("keys", "generate", "--out", dir.toString());

    assertThat(again.status()).isEqualTo(1);
    assertThat(again.err()).contains("private.pem exists").contains("--force").doesNotContain("\tat ");
    assertThat(Files.readString(dir.resolve("public.pem"))).isEqualTo(first);
    assertThat(flowkit("keys", "generate", "--out", dir.toString(), "--force").status()).isZero();
    assertThat(Files.readString(dir.resolve("public.pem"))).isNotEqualTo(first);
  }

  @Test
  void larger_keys_are_allowed_and_small_ones_are_a_usage_error() throws Exception {
    Cli.Result small = flowkit("keys", "generate", "--out", dir.toString(), "--bits", "1024");
    assertThat(small.status()).isEqualTo(2);
    assertThat(small.err()).contains("--bits 1024 is too small");
    assertThat(dir.resolve("private.pem")).doesNotExist();

    assertThat(flowkit("keys", "generate", "--out", dir.toString(), "--bits", "3072").status()).isZero();
    assertThat(((java.security.interfaces.RSAPublicKey) BusinessKeys.readPublicKey(dir.resolve("public.pem")))
        .getModulus().bitLength()).isEqualTo(3072);
  }

  @Test
  void an_empty_passphrase_file_is_refused_and_writes_nothing() throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");

    Cli.Result result = flowkit("keys", "generate", "--out", dir.resolve("k").toString(), "--passphrase-file", empty.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.err()).contains("is empty");
    assertThat(dir.resolve("k")).doesNotExist();
  }

  @Test
  void usage_errors_exit_2_and_help_and_version_exit_0() {
    Cli.Result missing = flowkit("keys", "generate");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required option: '--out=DIR'");

    Cli.Result help = flowkit("--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).contains("keys");
    Cli.Result version = flowkit("--version");
    assertThat(version.status()).isZero();
    assertThat(version.out()).startsWith("flowkit ");
  }
}
