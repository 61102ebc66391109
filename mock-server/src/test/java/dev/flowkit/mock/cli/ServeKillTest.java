package dev.flowkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.Tenant;
import dev.flowkit.mock.testing.Http;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flowkit serve --data-dir} in its own process, killed (SIGKILL) while changes are being acknowledged. */
class ServeKillTest {

  @Test
  void a_kill_loses_no_acknowledged_change(@TempDir Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        FlowKitCli.class.getName(), "serve", "--port", "0", "--data-dir", dir.toString())
        .redirectErrorStream(true).start();
    try {
      String base = baseUrl(serve);
      Set<String> acknowledged = ConcurrentHashMap.newKeySet();
      Thread writer = new Thread(() -> {
        for (int i = 0; i < 500; i++) {
          try {
            Http.Reply reply = Http.postNoAuth(base + "/_flowkit/tenants", "application/json",
                "{\"name\":\"T" + i + "\"}");
            acknowledged.add(reply.body().get("waba_id").asString());
          } catch (RuntimeException e) {
            return;   // the server is gone
          }
        }
      });
      writer.start();
      while (acknowledged.size() < 15 && writer.isAlive()) {
        Thread.sleep(5);
      }
      serve.destroyForcibly();
      serve.waitFor(10, TimeUnit.SECONDS);
      writer.join(10_000);

      List<Tenant> tenants = StateStore.open(dir, Clock.systemUTC(), List.of()).tenants();

      assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(15);
      assertThat(tenants.stream().map(t -> t.waba().id()).toList()).containsAll(acknowledged);
    } finally {
      serve.destroyForcibly();
    }
  }

  private static String baseUrl(Process serve) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    Pattern at = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      Matcher m = at.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) {
              // keep the pipe from filling
            }
          } catch (java.io.IOException e) {
            // the process ended
          }
        });
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    throw new AssertionError("flowkit serve printed no base URL");
  }
}
