package dev.flowkit.crypto;

import java.lang.reflect.Method;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.Provider;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import org.jspecify.annotations.Nullable;

/**
 * Which JCA provider performs RSA-OAEP and AES-GCM for the ciphers of this package. Immutable and thread-safe.
 *
 * <p>RSA-2048 private-key decryption dominates the cost of every endpoint request. The JDK's providers work
 * everywhere; the Amazon Corretto Crypto Provider (ACCP, Maven Central
 * {@code software.amazon.cryptools:AmazonCorrettoCryptoProvider}, classifier {@code linux-x86_64} or
 * {@code linux-aarch_64}) is native and about four times faster. {@link #automatic()} uses ACCP when it is on
 * the classpath and loads, else the JDK; {@link #name()} tells which one you got, and {@link #notes()} why.
 * FlowKit never installs ACCP as a global provider: it only asks it for the two ciphers it needs.
 */
public final class CryptoBackend {

  static final String RSA_OAEP = "RSA/ECB/OAEPPadding";
  static final String AES_GCM = "AES/GCM/NoPadding";
  private static final String ACCP_CLASS = "com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider";

  private static final CryptoBackend JCA = new CryptoBackend(null, "JCA (the JDK's providers)", "");
  private static final CryptoBackend AUTOMATIC = detect();

  private final @Nullable Provider provider;
  private final String name;
  private final String notes;

  private CryptoBackend(@Nullable Provider provider, String name, String notes) {
    this.provider = provider;
    this.name = name;
    this.notes = notes;
  }

  /** The JDK's own providers, as chosen by the JCA's usual provider order. Works on every JVM. */
  public static CryptoBackend jca() {
    return JCA;
  }

  /** The Amazon Corretto Crypto Provider, if it is on the classpath and its native library loaded. */
  public static Optional<CryptoBackend> corretto() {
    return AUTOMATIC.provider != null ? Optional.of(AUTOMATIC) : Optional.empty();
  }

  /** ACCP when {@link #corretto()} has it, else {@link #jca()}; decided once per JVM. */
  public static CryptoBackend automatic() {
    return AUTOMATIC;
  }

  /**
   * A provider of your choice; it must implement {@code RSA/ECB/OAEPPadding} with an explicit
   * {@code OAEPParameterSpec} and {@code AES/GCM/NoPadding} with 16-byte IVs.
   */
  public static CryptoBackend of(Provider provider) {
    Objects.requireNonNull(provider, "provider");
    return new CryptoBackend(provider, provider.getName() + " " + provider.getVersionStr(), "chosen by the caller");
  }

  /** A human-readable name of the provider in use, e.g. {@code AmazonCorrettoCryptoProvider 2.5}. */
  public String name() {
    return name;
  }

  /** Why this backend was chosen (e.g. why ACCP was not used); empty when there is nothing to say. */
  public String notes() {
    return notes;
  }

  /** Whether this backend is the Amazon Corretto Crypto Provider. */
  public boolean isCorretto() {
    return provider != null && provider.getClass().getName().equals(ACCP_CLASS);
  }

  Cipher rsaOaep() throws NoSuchAlgorithmException, NoSuchPaddingException {
    return provider == null ? Cipher.getInstance(RSA_OAEP) : Cipher.getInstance(RSA_OAEP, provider);
  }

  Cipher aesGcm() throws NoSuchAlgorithmException, NoSuchPaddingException {
    return provider == null ? Cipher.getInstance(AES_GCM) : Cipher.getInstance(AES_GCM, provider);
  }

  /** The key in this provider's own representation, so that it is not converted again on every request. */
  PrivateKey prepare(PrivateKey key) {
    if (provider == null) {
      return key;
    }
    try {
      return (PrivateKey) KeyFactory.getInstance("RSA", provider).translateKey(key);
    } catch (GeneralSecurityException | RuntimeException e) {
      return key; // the provider converts it per call instead: slower, still correct
    }
  }

  private static CryptoBackend detect() {
    Class<?> type;
    try {
      type = Class.forName(ACCP_CLASS, true, CryptoBackend.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return new CryptoBackend(null, JCA.name, "Amazon Corretto Crypto Provider not on the classpath");
    }
    try {
      Provider accp = (Provider) type.getField("INSTANCE").get(null);
      Method loadingError = type.getMethod("getLoadingError");
      Object error = loadingError.invoke(accp);
      if (error != null) {
        return new CryptoBackend(null, JCA.name, "Amazon Corretto Crypto Provider is on the classpath but did "
            + "not load on this platform (" + error.getClass().getSimpleName() + "); using the JDK's providers");
      }
      accp.getClass().getMethod("assertHealthy").invoke(accp);
      return new CryptoBackend(accp, accp.getName() + " " + accp.getVersionStr(),
          "found on the classpath; used for RSA-OAEP and AES-GCM");
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return new CryptoBackend(null, JCA.name, "Amazon Corretto Crypto Provider is on the classpath but is not "
          + "usable (" + e.getClass().getSimpleName() + "); using the JDK's providers");
    }
  }

  @Override
  public String toString() {
    return notes.isEmpty() ? name : name + " (" + notes + ")";
  }
}
