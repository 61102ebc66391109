package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Interop with an implementation that shares no code with ours: Node's crypto (OpenSSL), the stack of Meta's
 * own endpoint examples and key generator. Node generates the key pair in the legacy encrypted PKCS#1 form and
 * plays the phone against our endpoint side, then the endpoint against our phone side. Skipped without node.
 */
class NodeInteropTest {

  private static final String PASSPHRASE = "node-made passphrase";
  private static Path script;

  @BeforeAll
  static void copyScript(@TempDir Path dir) throws IOException {
    assumeTrue(nodeAvailable(), "node is not installed: nothing independent to talk to");
    script = dir.resolve("whatsapp-peer.js");
    try (InputStream in = NodeInteropTest.class.getResourceAsStream("/node/whatsapp-peer.js")) {
      Files.copy(in, script);
    }
  }

  @Test
  void a_key_pair_made_like_metas_generator_serves_a_node_phone() {
    JsonNode keys = node(command("keygen").put("passphrase", PASSPHRASE));
    assertThat(keys.get("privateKey").asString()).contains("Proc-Type: 4,ENCRYPTED").contains("DES-EDE3-CBC");
    PrivateKey privateKey = BusinessKeys.readPrivateKey(keys.get("privateKey").asString(), PASSPHRASE.toCharArray());
    BusinessKeys.requireMatching(privateKey, BusinessKeys.readPublicKey(keys.get("publicKey").asString()));

    String clear = "{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"näive-tøken\"}";
    JsonNode sent = node(command("phone-encrypt").put("publicKey", keys.get("publicKey").asString()).put("plaintext", clear));
    DecryptedFlowRequest request = FlowEndpointCipher.create(privateKey).decrypt(Json.MAPPER.writeValueAsBytes(sent.get("body")));
    String reply = request.encryptResponse("{\"screen\":\"WELCOME\",\"data\":{\"greeting\":\"olá\"}}");
    JsonNode opened = node(command("phone-decrypt").put("aesKeyHex", sent.get("aesKeyHex").asString())
        .put("ivHex", sent.get("ivHex").asString()).put("body", reply));

    assertThat(request.plaintext()).isEqualTo(clear);
    assertThat(opened.get("plaintext").asString()).isEqualTo("{\"screen\":\"WELCOME\",\"data\":{\"greeting\":\"olá\"}}");
  }

  @Test
  void our_phone_side_talks_to_a_node_endpoint() {
    JsonNode keys = node(command("keygen").put("passphrase", PASSPHRASE));
    PublicKey publicKey = BusinessKeys.readPublicKey(keys.get("publicKey").asString());
    PendingFlowRequest pending = FlowClientCipher.create(publicKey).encrypt("{\"action\":\"ping\",\"version\":\"3.0\"}");

    ObjectNode endpoint = command("endpoint").put("privateKey", keys.get("privateKey").asString())
        .put("passphrase", PASSPHRASE).put("reply", "{\"data\":{\"status\":\"active\"}}");
    endpoint.set("body", Json.MAPPER.readTree(pending.body().toJson()));
    JsonNode answered = node(endpoint);

    assertThat(answered.get("plaintext").asString()).isEqualTo("{\"action\":\"ping\",\"version\":\"3.0\"}");
    assertThat(pending.decryptResponse(answered.get("reply").asString())).isEqualTo("{\"data\":{\"status\":\"active\"}}");
  }

  private static ObjectNode command(String mode) {
    return Json.MAPPER.createObjectNode().put("mode", mode);
  }

  private static JsonNode node(ObjectNode command) {
    try {
      Process process = new ProcessBuilder("node", script.toString()).start();
      process.getOutputStream().write(Json.MAPPER.writeValueAsBytes(command));
      process.getOutputStream().close();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new AssertionError("node " + command.get("mode").asString() + " failed: " + err);
      }
      return Json.MAPPER.readTree(out);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static boolean nodeAvailable() {
    try {
      Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
