package dev.flowkit.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flowkit.crypto.BusinessKeys;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Node endpoint example ({@code ../examples/node-endpoint}) as a real
 * process on loopback, with a fresh key pair; the public key is written to {@code public.pem} in the given folder.
 * Skips the calling test when {@code node} is not on the PATH.
 */
final class NodeLoginEndpoint implements AutoCloseable {

  static final Path FOLDER = Path.of("../examples/node-endpoint");
  static final String SECRET = "node-endpoint-app-secret";

  final Path publicKey;
  private final Process process;
  private final URI url;

  NodeLoginEndpoint(Path dir) throws IOException {
    assumeTrue(Files.isRegularFile(FOLDER.resolve("endpoint.js")), "no " + FOLDER + ": run from the cli module");
    assumeTrue(onPath("node"), "node is not on the PATH: the Node endpoint tests need Node.js (v18 or later)");
    KeyPair keys = BusinessKeys.generate();
    Path privateKey = Files.writeString(dir.resolve("private.pem"), BusinessKeys.toPem(keys.getPrivate()));
    publicKey = Files.writeString(dir.resolve("public.pem"), BusinessKeys.toPem(keys.getPublic()));
    process = new ProcessBuilder("node", FOLDER.resolve("endpoint.js").toString(), "--private-key",
        privateKey.toString(), "--port", "0", "--app-secret", SECRET).redirectErrorStream(true).start();
    // The endpoint prints its port first; a Node that dies instead ends the stream, and that fails here.
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    Pattern listening = Pattern.compile("listening on (\\d+)");
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = listening.matcher(line);
      if (m.find()) {
        url = URI.create("http://127.0.0.1:" + m.group(1) + "/flow");
        return;
      }
      seen.append(line).append('\n');
    }
    throw new IOException("the Node endpoint ended without a port line:\n" + seen);
  }

  static Path flow() {
    return FOLDER.resolve("login.json");
  }

  URI url() {
    return url;
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, program))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
