package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.security.Security;
import org.junit.jupiter.api.Test;

class CryptoBackendTest {

  @Test
  void automatic_uses_corretto_when_it_is_on_the_classpath_and_loads() {
    // The test classpath carries ACCP for linux-x86_64; elsewhere it is present but cannot load.
    boolean linuxX64 = System.getProperty("os.name").startsWith("Linux")
        && System.getProperty("os.arch").matches("amd64|x86_64");
    assumeTrue(linuxX64, "ACCP's native library on the test classpath is for linux-x86_64");

    assertThat(CryptoBackend.automatic().isCorretto()).isTrue();
    assertThat(CryptoBackend.automatic().name()).startsWith("AmazonCorrettoCryptoProvider");
    assertThat(CryptoBackend.corretto()).contains(CryptoBackend.automatic());
    assertThat(FlowEndpointCipher.create(BusinessKeys.generate().getPrivate()).backend()).isSameAs(CryptoBackend.automatic());
  }

  @Test
  void the_jdk_backend_is_always_there_and_says_so() {
    assertThat(CryptoBackend.jca().isCorretto()).isFalse();
    assertThat(CryptoBackend.jca().name()).contains("JCA");
  }

  @Test
  void using_corretto_does_not_install_it_globally() {
    CryptoBackend.automatic();
    assertThat(Security.getProvider("AmazonCorrettoCryptoProvider")).isNull();
    assertThat(Security.getProvider("BC")).isNull();
  }

  @Test
  void any_provider_can_be_chosen() {
    CryptoBackend sun = CryptoBackend.of(Security.getProvider("SunJCE"));
    var pair = BusinessKeys.generate();
    var pending = FlowClientCipher.builder().publicKey(pair.getPublic()).backend(sun).build().encrypt("{}");

    assertThat(sun.name()).startsWith("SunJCE");
    assertThat(FlowEndpointCipher.builder().privateKey(pair.getPrivate()).backend(sun).build()
        .decrypt(pending.body()).plaintext()).isEqualTo("{}");
  }
}
