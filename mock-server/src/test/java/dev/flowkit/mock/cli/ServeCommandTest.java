package dev.flowkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.testing.Http;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServeCommandTest {

  @Test
  void serve_prints_the_base_url_and_credentials_serves_until_interrupted_then_stops() throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    AtomicInteger status = new AtomicInteger(-1);
    Thread serve = new Thread(() -> status.set(FlowKitCli.run(new String[] {"serve", "--port", "0",
        "--access-token", "EAAserve", "--app-secret", "cafe"}, new PrintWriter(out, true),
        new PrintWriter(err, true))));
    serve.start();
    Matcher url = null;
    for (int i = 0; i < 200 && (url == null || !url.find()); i++) {
      Thread.sleep(25);
      url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)").matcher(out.toString());
    }
    assertThat(url).isNotNull();
    assertThat(out.toString()).contains("access token:     EAAserve").contains("app secret:       cafe");

    assertThat(Http.getNoAuth(url.group(1) + "/_flowkit/health").status()).isEqualTo(200);

    serve.interrupt();
    serve.join(5000);
    assertThat(serve.isAlive()).isFalse();
    assertThat(status.get()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Mock WhatsApp platform stopped.");
  }
}
