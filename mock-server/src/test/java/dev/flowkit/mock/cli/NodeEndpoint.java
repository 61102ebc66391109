package dev.flowkit.mock.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.flowkit.crypto.BusinessKeys;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code examples/node-endpoint/endpoint.js} as a real Node process on loopback: a fresh key pair (the private key in a file
 * the process reads), an app secret, and a free port it prints. Tests that use it are skipped, with the reason,
 * when {@code node} is not on the PATH.
 */
final class NodeEndpoint implements AutoCloseable {

  static final String SECRET = "node-endpoint-app-secret";
  static final String EMAIL = "ada@example.com";
  static final String PASSWORD = "open-sesame";

  private final KeyPair keys = BusinessKeys.generate();
  private final Process process;
  private final int port;

  private NodeEndpoint(Path dir) throws IOException {
    Path key = dir.resolve("private.pem");
    Files.writeString(key, BusinessKeys.toPem(keys.getPrivate()));
    process = new ProcessBuilder("node", resource("endpoint.js").toString(), "--private-key", key.toString(),
        "--port", "0", "--app-secret", SECRET).redirectErrorStream(true).start();
    port = awaitPort();
  }

  /** Starts the endpoint; skips the calling test when there is no {@code node} on the PATH. */
  static NodeEndpoint start(Path dir) throws IOException {
    assumeTrue(nodeOnPath(), "node is not on the PATH: the Node endpoint tests need Node.js (v18 or later)");
    return new NodeEndpoint(dir);
  }

  /** The example's folder, beside this module in the repository (tests run from the module's folder). */
  static final Path FOLDER = Path.of("../examples/node-endpoint");

  /** A file of {@code examples/node-endpoint}. */
  static Path resource(String name) {
    Path file = FOLDER.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no " + file.toAbsolutePath().normalize() + ": the Node endpoint example "
          + "lives in examples/node-endpoint of the repository");
    }
    return file;
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + port + "/flow");
  }

  String publicPem() {
    return BusinessKeys.toPem(keys.getPublic());
  }

  private static boolean nodeOnPath() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "node"))) {
        return true;
      }
    }
    return false;
  }

  /** Waits for the port line (at most 30 s, so a Node that hangs fails the test instead of stalling it). */
  private int awaitPort() throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<Integer> port = new CompletableFuture<>();
    StringBuilder seen = new StringBuilder();
    Thread reader = new Thread(() -> {
      Pattern listening = Pattern.compile("listening on (\\d+)");
      try {
        String line;
        while ((line = out.readLine()) != null) {
          Matcher m = listening.matcher(line);
          if (m.find() && !port.isDone()) {
            port.complete(Integer.parseInt(m.group(1)));
          } else if (!port.isDone()) {
            seen.append(line).append('\n');
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      port.completeExceptionally(new IOException("the Node endpoint ended without a port line:\n" + seen));
    });
    reader.setDaemon(true);
    reader.start();
    try {
      return port.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException | InterruptedException e) {
      process.destroyForcibly();
      throw new UncheckedIOException(new IOException("the Node endpoint printed no port line", e));
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
