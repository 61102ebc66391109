package dev.flowkit.crypto;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.util.io.pem.PemGenerationException;
import org.jspecify.annotations.Nullable;

/**
 * The business's RSA key pair for WhatsApp Business Encryption: read it from PEM in every form people have,
 * write it, generate it, and check that two halves belong together. Stateless and thread-safe.
 *
 * <p>Private keys: PKCS#1 ({@code BEGIN RSA PRIVATE KEY}), PKCS#8 ({@code BEGIN PRIVATE KEY}), encrypted PKCS#8
 * ({@code BEGIN ENCRYPTED PRIVATE KEY}, PBES2 with AES or DES-EDE3, and PBES1), and the legacy OpenSSL form with
 * {@code Proc-Type: 4,ENCRYPTED} that {@code openssl genrsa -des3} and Meta's key generator write. Public keys:
 * SPKI ({@code BEGIN PUBLIC KEY}) and PKCS#1 ({@code BEGIN RSA PUBLIC KEY}). Other PEM blocks in the same text
 * are skipped, and a PEM pasted with literal {@code \n} sequences (as environment variables often carry it) is
 * accepted. Keys come back as the JDK's own RSA key types; keys under {@value #MINIMUM_RSA_BITS} bits are refused.
 *
 * <p><b>Security:</b> messages name the form and what is wrong, never the key or the passphrase. BouncyCastle is
 * used for parsing and PBE only; it is never installed as a global provider.
 */
public final class BusinessKeys {

  /** The smallest RSA modulus WhatsApp Business Encryption accepts. */
  public static final int MINIMUM_RSA_BITS = 2048;

  /** PBKDF2-HMAC-SHA256 iterations used when writing an encrypted private key. */
  static final int PBKDF2_ITERATIONS = 100_000;

  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private BusinessKeys() {}

  /**
   * Reads an unencrypted private key.
   *
   * @throws KeyPassphraseException if the key is encrypted (use {@link #readPrivateKey(String, char[])})
   * @throws MalformedKeyException if the text holds no RSA private key
   * @throws KeyTooSmallException if the key has fewer than {@value #MINIMUM_RSA_BITS} bits
   */
  public static PrivateKey readPrivateKey(String pem) {
    return readPrivateKey(pem, null);
  }

  /**
   * Reads a private key, decrypting it with the passphrase when it is encrypted (the passphrase is ignored for
   * an unencrypted key).
   *
   * @throws KeyPassphraseException if the key is encrypted and the passphrase is missing or does not open it
   * @throws MalformedKeyException if the text holds no RSA private key
   * @throws KeyTooSmallException if the key has fewer than {@value #MINIMUM_RSA_BITS} bits
   */
  public static PrivateKey readPrivateKey(String pem, char @Nullable [] passphrase) {
    String text = normalize(pem);
    boolean sawPublic = false;
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      Object object;
      while ((object = nextObject(parser)) != null) {
        PrivateKeyInfo info;
        if (object instanceof PrivateKeyInfo plain) {
          info = plain;
        } else if (object instanceof PEMKeyPair pair) {
          info = pair.getPrivateKeyInfo();
        } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
          info = decryptPkcs8(encrypted, requirePassphrase(passphrase, "an encrypted PKCS#8 key (BEGIN ENCRYPTED PRIVATE KEY)"));
        } else if (object instanceof PEMEncryptedKeyPair legacy) {
          info = decryptLegacy(legacy, requirePassphrase(passphrase, "a legacy OpenSSL encrypted key (Proc-Type: 4,ENCRYPTED)"));
        } else {
          sawPublic |= object instanceof SubjectPublicKeyInfo;
          continue;
        }
        return requireUsableRsa(toPrivateKey(info));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not fail
    }
    throw new MalformedKeyException(sawPublic
        ? "the PEM holds a public key but no private key: a flow endpoint needs the private half of the pair"
        : "no private key found: expected PEM text starting with -----BEGIN PRIVATE KEY-----, "
            + "-----BEGIN RSA PRIVATE KEY----- or -----BEGIN ENCRYPTED PRIVATE KEY-----");
  }

  /**
   * Reads a private key from a PEM file.
   *
   * @throws IOException if the file cannot be read
   * @see #readPrivateKey(String, char[])
   */
  public static PrivateKey readPrivateKey(Path file, char @Nullable [] passphrase) throws IOException {
    return readPrivateKey(readPem(file), passphrase);
  }

  /**
   * Reads a public key (SPKI or PKCS#1).
   *
   * @throws MalformedKeyException if the text holds no RSA public key
   * @throws KeyTooSmallException if the key has fewer than {@value #MINIMUM_RSA_BITS} bits
   */
  public static PublicKey readPublicKey(String pem) {
    String text = normalize(pem);
    boolean sawPrivate = false;
    try (PEMParser parser = new PEMParser(new StringReader(text))) {
      Object object;
      while ((object = nextObject(parser)) != null) {
        if (object instanceof SubjectPublicKeyInfo info) {
          return requireUsableRsa(toPublicKey(info));
        }
        sawPrivate |= object instanceof PrivateKeyInfo || object instanceof PEMKeyPair
            || object instanceof PKCS8EncryptedPrivateKeyInfo || object instanceof PEMEncryptedKeyPair;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new MalformedKeyException(sawPrivate
        ? "the PEM holds a private key but no public key: give the public half (BEGIN PUBLIC KEY); "
            + "never upload or share the private key"
        : "no public key found: expected PEM text starting with -----BEGIN PUBLIC KEY----- or "
            + "-----BEGIN RSA PUBLIC KEY-----");
  }

  /**
   * Reads a public key from a PEM file.
   *
   * @throws IOException if the file cannot be read
   * @see #readPublicKey(String)
   */
  public static PublicKey readPublicKey(Path file) throws IOException {
    return readPublicKey(readPem(file));
  }

  /** A new RSA-2048 key pair (public exponent 65537). */
  public static KeyPair generate() {
    return generate(MINIMUM_RSA_BITS);
  }

  /**
   * A new RSA key pair of the given size (public exponent 65537).
   *
   * @throws IllegalArgumentException if {@code bits} is under {@value #MINIMUM_RSA_BITS}
   */
  public static KeyPair generate(int bits) {
    if (bits < MINIMUM_RSA_BITS) {
      throw new IllegalArgumentException("WhatsApp Business Encryption needs RSA keys of at least "
          + MINIMUM_RSA_BITS + " bits, not " + bits);
    }
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4), new SecureRandom());
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot generate RSA keys", e);
    }
  }

  /** The public key as SPKI PEM ({@code BEGIN PUBLIC KEY}): the form to upload to WhatsApp. */
  public static String toPem(PublicKey key) {
    requireUsableRsa(key);
    return writePem(key);
  }

  /** The private key as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}). Keep it secret. */
  public static String toPem(PrivateKey key) {
    requireUsableRsa(key);
    try {
      return writePem(new JcaPKCS8Generator(key, null).generate());
    } catch (PemGenerationException e) {
      throw new MalformedKeyException("the private key cannot be encoded as PKCS#8", e);
    }
  }

  /**
   * The private key as encrypted PKCS#8 PEM ({@code BEGIN ENCRYPTED PRIVATE KEY}): PBES2 with AES-256-CBC and
   * PBKDF2-HMAC-SHA256 ({@value #PBKDF2_ITERATIONS} iterations), readable by OpenSSL, Node and the JDK.
   *
   * @throws IllegalArgumentException if the passphrase is empty
   */
  public static String toEncryptedPem(PrivateKey key, char[] passphrase) {
    requireUsableRsa(key);
    if (passphrase.length == 0) {
      throw new IllegalArgumentException("an empty passphrase does not protect a key; use toPem(key) for an "
          + "unencrypted key or give a passphrase");
    }
    try {
      var encryptor = new JceOpenSSLPKCS8EncryptorBuilder(JcaPKCS8Generator.AES_256_CBC)
          .setProvider(BC)
          .setRandom(new SecureRandom())
          .setPassword(passphrase)
          .setIterationCount(PBKDF2_ITERATIONS)
          .setPRF(JcaPKCS8Generator.PRF_HMACSHA256)
          .build();
      return writePem(new JcaPKCS8Generator(key, encryptor).generate());
    } catch (OperatorCreationException | PemGenerationException e) {
      throw new IllegalStateException("the private key could not be encrypted (" + e.getClass().getSimpleName() + ")", e);
    }
  }

  /** The public half of an RSA private key with CRT parameters (every key this class reads or generates). */
  public static PublicKey publicKeyOf(PrivateKey key) {
    if (!(key instanceof RSAPrivateCrtKey crt)) {
      throw new MalformedKeyException("the public key can only be derived from an RSA private key with CRT "
          + "parameters (" + key.getAlgorithm() + " " + key.getClass().getSimpleName() + " has none)");
    }
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM cannot build RSA public keys", e);
    }
  }

  /**
   * Whether the two keys are halves of one RSA pair: same modulus, and the same public exponent where the
   * private key carries it.
   */
  public static boolean belongTogether(PrivateKey privateKey, PublicKey publicKey) {
    if (!(privateKey instanceof RSAKey priv) || !(publicKey instanceof RSAPublicKey pub)) {
      return false;
    }
    if (!priv.getModulus().equals(pub.getModulus())) {
      return false;
    }
    return !(privateKey instanceof RSAPrivateCrtKey crt) || crt.getPublicExponent().equals(pub.getPublicExponent());
  }

  /**
   * Checks that the two keys are halves of one pair.
   *
   * @throws KeyMismatchException if they are not
   */
  public static void requireMatching(PrivateKey privateKey, PublicKey publicKey) {
    if (!belongTogether(privateKey, publicKey)) {
      throw new KeyMismatchException("the private key (RSA-" + bitsOrZero(privateKey) + ") and the public key (RSA-"
          + bitsOrZero(publicKey) + ") are not one pair: requests encrypted for this public key cannot be "
          + "decrypted with this private key. Upload the public key made together with the private key.");
    }
  }

  /** The modulus size in bits of an RSA key. */
  static int bits(Key key) {
    return ((RSAKey) key).getModulus().bitLength();
  }

  private static int bitsOrZero(Key key) {
    return key instanceof RSAKey rsa ? rsa.getModulus().bitLength() : 0;
  }

  static <K extends Key> K requireUsableRsa(K key) {
    Objects.requireNonNull(key, "key");
    if (!(key instanceof RSAKey rsa)) {
      throw new MalformedKeyException("WhatsApp Business Encryption uses RSA keys; this is a "
          + key.getAlgorithm() + " key");
    }
    BigInteger modulus = rsa.getModulus();
    if (modulus.bitLength() < MINIMUM_RSA_BITS) {
      throw new KeyTooSmallException(modulus.bitLength());
    }
    return key;
  }

  /**
   * A PEM file as text. ISO-8859-1 maps every byte, so a UTF-8 byte order mark or non-ASCII lines around the
   * block (the "Bag Attributes" of a PKCS#12 export) cannot fail the read; the base64 inside is ASCII anyway.
   */
  private static String readPem(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.ISO_8859_1);
  }

  private static String normalize(String pem) {
    String text = pem.strip();
    if (text.indexOf('\n') < 0 && text.contains("\\n")) {
      text = text.replace("\\r", "").replace("\\n", "\n");
    }
    return text;
  }

  private static @Nullable Object nextObject(PEMParser parser) {
    try {
      return parser.readObject();
    } catch (IOException | RuntimeException e) {
      throw new MalformedKeyException("the PEM text is damaged and cannot be read ("
          + e.getClass().getSimpleName() + "): check that it was copied whole, BEGIN and END lines included");
    }
  }

  private static char[] requirePassphrase(char @Nullable [] passphrase, String form) {
    if (passphrase == null) {
      throw new KeyPassphraseException(KeyPassphraseException.Reason.MISSING,
          "the private key is " + form + ": give its passphrase (e.g. flowkit keys ... --passphrase-file F)");
    }
    return passphrase;
  }

  private static PrivateKeyInfo decryptPkcs8(PKCS8EncryptedPrivateKeyInfo encrypted, char[] passphrase) {
    try {
      return encrypted.decryptPrivateKeyInfo(
          new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BC).build(passphrase));
    } catch (Exception e) {
      throw wrongPassphrase("an encrypted PKCS#8 key");
    }
  }

  private static PrivateKeyInfo decryptLegacy(PEMEncryptedKeyPair encrypted, char[] passphrase) {
    try {
      return encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder().setProvider(BC).build(passphrase))
          .getPrivateKeyInfo();
    } catch (Exception e) {
      throw wrongPassphrase("a legacy OpenSSL encrypted key");
    }
  }

  private static KeyPassphraseException wrongPassphrase(String form) {
    return new KeyPassphraseException(KeyPassphraseException.Reason.WRONG,
        "the passphrase does not open this private key (" + form + "), or the encrypted key is damaged: "
            + "check the passphrase file (its first line is the passphrase) and the PEM");
  }

  private static PrivateKey toPrivateKey(PrivateKeyInfo info) {
    if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getPrivateKeyAlgorithm().getAlgorithm())) {
      throw new MalformedKeyException("WhatsApp Business Encryption uses RSA keys; this private key's algorithm "
          + "is " + info.getPrivateKeyAlgorithm().getAlgorithm().getId());
    }
    try {
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(info.getEncoded()));
    } catch (GeneralSecurityException | IOException e) {
      throw new MalformedKeyException("the RSA private key's numbers are damaged (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static PublicKey toPublicKey(SubjectPublicKeyInfo info) {
    if (!PKCSObjectIdentifiers.rsaEncryption.equals(info.getAlgorithm().getAlgorithm())) {
      throw new MalformedKeyException("WhatsApp Business Encryption uses RSA keys; this public key's algorithm "
          + "is " + info.getAlgorithm().getAlgorithm().getId());
    }
    try {
      return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(info.getEncoded()));
    } catch (GeneralSecurityException | IOException e) {
      throw new MalformedKeyException("the RSA public key's numbers are damaged (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String writePem(Object object) {
    StringWriter out = new StringWriter();
    try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
      writer.writeObject(object);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
