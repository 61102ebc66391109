package dev.flowkit.benchmarks;

import com.amazon.corretto.crypto.provider.AmazonCorrettoCryptoProvider;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.CryptoBackend;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.PendingFlowRequest;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one flow endpoint request costs the business: {@link #exchange()} reads a ~1 KB request body, decrypts it
 * and encrypts a ~1 KB reply with FlowKit's codec; {@link #bareRsaOaep()} is only the RSA-2048 OAEP private-key
 * decryption every request needs, with a cached {@link Cipher} and the key already in the provider's form, the
 * cheapest that operation gets. The ratio of the two is the codec's overhead. Both run per backend.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EndpointExchangeBenchmark {

  @Param({"JCA", "ACCP"})
  public String backend;

  private byte[] requestBody;
  private String reply;
  private FlowEndpointCipher endpoint;
  private Cipher rsa;
  private PrivateKey rsaKey;
  private byte[] wrappedKey;
  private OAEPParameterSpec oaep;

  @Setup
  public void setUp() throws Exception {
    CryptoBackend chosen = switch (backend) {
      case "JCA" -> CryptoBackend.jca();
      case "ACCP" -> CryptoBackend.corretto().orElseThrow(() -> new IllegalStateException(
          "ACCP is not usable on this machine: " + CryptoBackend.automatic().notes()));
      default -> throw new IllegalArgumentException(backend);
    };
    KeyPair pair = BusinessKeys.generate();
    endpoint = FlowEndpointCipher.builder().privateKey(pair.getPrivate()).backend(chosen).build();
    PendingFlowRequest pending = FlowClientCipher.builder().publicKey(pair.getPublic()).backend(chosen).build()
        .encrypt(Payloads.request());
    requestBody = pending.body().toJsonBytes();
    reply = Payloads.reply();

    oaep = new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    wrappedKey = Base64.getDecoder().decode(pending.body().encryptedAesKey());
    if (backend.equals("ACCP")) {
      rsa = Cipher.getInstance("RSA/ECB/OAEPPadding", AmazonCorrettoCryptoProvider.INSTANCE);
      rsaKey = (PrivateKey) KeyFactory.getInstance("RSA", AmazonCorrettoCryptoProvider.INSTANCE).translateKey(pair.getPrivate());
    } else {
      rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
      rsaKey = pair.getPrivate();
    }
    if (Payloads.request().length() < 900 || Payloads.request().length() > 1300 || reply.length() < 900 || reply.length() > 1300) {
      throw new IllegalStateException("the clear request and reply must each be about 1 KB");
    }
  }

  @Benchmark
  public byte[] bareRsaOaep() throws Exception {
    rsa.init(Cipher.DECRYPT_MODE, rsaKey, oaep);
    return rsa.doFinal(wrappedKey);
  }

  @Benchmark
  public String exchange() {
    return endpoint.decrypt(requestBody).encryptResponse(reply);
  }
}
