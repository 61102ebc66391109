package dev.flowkit.crypto;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * One key pair written in every PEM form people have, made at test time: by the {@code openssl} command when this
 * machine has it, and by BouncyCastle always (so the forms are tested whether or not openssl is installed).
 */
final class KeyForms {

  static final String PASSPHRASE = "correct horse battery staple";
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  /** A private-key form: its PEM and whether it needs {@link #PASSPHRASE}. */
  record PrivateForm(String name, String pem, boolean encrypted) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A public-key form. */
  record PublicForm(String name, String pem) {
    @Override
    public String toString() {
      return name;
    }
  }

  private KeyForms() {}

  // --- BouncyCastle ---

  static List<PrivateForm> bouncyCastlePrivate(KeyPair pair) throws Exception {
    List<PrivateForm> forms = new ArrayList<>();
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
    forms.add(new PrivateForm("bc PKCS#1", pem(new PemObject("RSA PRIVATE KEY", info.parsePrivateKey().toASN1Primitive().getEncoded())), false));
    forms.add(new PrivateForm("bc PKCS#8", pem(new PemObject("PRIVATE KEY", info.getEncoded())), false));
    forms.add(new PrivateForm("bc PKCS#8 PBES2 AES-256", pkcs8(pair, JcaPKCS8Generator.AES_256_CBC), true));
    forms.add(new PrivateForm("bc PKCS#8 PBES2 AES-128", pkcs8(pair, JcaPKCS8Generator.AES_128_CBC), true));
    forms.add(new PrivateForm("bc PKCS#8 PBES2 DES-EDE3", pkcs8(pair, JcaPKCS8Generator.DES3_CBC), true));
    forms.add(new PrivateForm("bc PKCS#8 PBES1 SHA1-3DES", pkcs8(pair, JcaPKCS8Generator.PBE_SHA1_3DES), true));
    for (String dek : new String[] {"DES-EDE3-CBC", "AES-256-CBC"}) {
      StringWriter out = new StringWriter();
      try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
        writer.writeObject(pair.getPrivate(), new JcePEMEncryptorBuilder(dek).setProvider(BC)
            .setSecureRandom(new SecureRandom()).build(PASSPHRASE.toCharArray()));
      }
      forms.add(new PrivateForm("bc legacy Proc-Type " + dek, out.toString(), true));
    }
    return forms;
  }

  static List<PublicForm> bouncyCastlePublic(KeyPair pair) throws Exception {
    SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
    return List.of(
        new PublicForm("bc SPKI", pem(new PemObject("PUBLIC KEY", info.getEncoded()))),
        new PublicForm("bc PKCS#1", pem(new PemObject("RSA PUBLIC KEY", info.parsePublicKey().getEncoded()))));
  }

  private static String pkcs8(KeyPair pair, org.bouncycastle.asn1.ASN1ObjectIdentifier algorithm) throws Exception {
    var builder = new JceOpenSSLPKCS8EncryptorBuilder(algorithm).setProvider(BC).setRandom(new SecureRandom())
        .setPassword(PASSPHRASE.toCharArray()).setIterationCount(2048);
    if (!algorithm.equals(JcaPKCS8Generator.PBE_SHA1_3DES)) {
      builder.setPRF(JcaPKCS8Generator.PRF_HMACSHA256);
    }
    return pem(new JcaPKCS8Generator(pair.getPrivate(), builder.build()).generate());
  }

  private static String pem(Object object) throws IOException {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    }
    return out.toString();
  }


  // --- openssl ---

  static boolean opensslAvailable() {
    try {
      return run(Path.of("."), "openssl", "version").startsWith("OpenSSL");
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** A fresh RSA-2048 key made by openssl, in every form; the map's first entry is the unencrypted PKCS#8. */
  static Map<String, PrivateForm> opensslPrivate(Path dir) throws IOException {
    Path pass = dir.resolve("pass.txt");
    Files.writeString(pass, PASSPHRASE + "\n");
    String passIn = "file:" + pass;
    run(dir, "openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "pkcs8.pem");
    run(dir, "openssl", "pkey", "-in", "pkcs8.pem", "-traditional", "-out", "pkcs1.pem");
    run(dir, "openssl", "pkcs8", "-topk8", "-in", "pkcs8.pem", "-v2", "aes-256-cbc", "-passout", passIn, "-out", "p8aes.pem");
    run(dir, "openssl", "pkcs8", "-topk8", "-in", "pkcs8.pem", "-v2", "des3", "-passout", passIn, "-out", "p8des3.pem");
    run(dir, "openssl", "rsa", "-in", "pkcs8.pem", "-traditional", "-des3", "-passout", passIn, "-out", "legacy-des3.pem");
    run(dir, "openssl", "rsa", "-in", "pkcs8.pem", "-traditional", "-aes256", "-passout", passIn, "-out", "legacy-aes.pem");
    Map<String, PrivateForm> forms = new LinkedHashMap<>();
    forms.put("pkcs8.pem", new PrivateForm("openssl PKCS#8", read(dir, "pkcs8.pem"), false));
    forms.put("pkcs1.pem", new PrivateForm("openssl PKCS#1 (genrsa -traditional)", read(dir, "pkcs1.pem"), false));
    forms.put("p8aes.pem", new PrivateForm("openssl PKCS#8 PBES2 AES-256", read(dir, "p8aes.pem"), true));
    forms.put("p8des3.pem", new PrivateForm("openssl PKCS#8 PBES2 DES-EDE3", read(dir, "p8des3.pem"), true));
    forms.put("legacy-des3.pem", new PrivateForm("openssl legacy -des3 (Proc-Type: 4,ENCRYPTED)", read(dir, "legacy-des3.pem"), true));
    forms.put("legacy-aes.pem", new PrivateForm("openssl legacy -aes256 (Proc-Type: 4,ENCRYPTED)", read(dir, "legacy-aes.pem"), true));
    return forms;
  }

  static List<PublicForm> opensslPublic(Path dir) throws IOException {
    run(dir, "openssl", "pkey", "-in", "pkcs8.pem", "-pubout", "-out", "spki.pem");
    run(dir, "openssl", "rsa", "-in", "pkcs8.pem", "-RSAPublicKey_out", "-out", "rsapub.pem");
    return List.of(new PublicForm("openssl SPKI", read(dir, "spki.pem")),
        new PublicForm("openssl PKCS#1 (-RSAPublicKey_out)", read(dir, "rsapub.pem")));
  }

  /** Runs openssl over a PEM we wrote, to prove OpenSSL reads it; returns stdout. */
  static String openssl(Path dir, String... args) {
    String[] command = new String[args.length + 1];
    command[0] = "openssl";
    System.arraycopy(args, 0, command, 1, args.length);
    return run(dir, command);
  }

  private static String read(Path dir, String name) throws IOException {
    return Files.readString(dir.resolve(name), StandardCharsets.US_ASCII);
  }

  private static String run(Path dir, String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
      }
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
