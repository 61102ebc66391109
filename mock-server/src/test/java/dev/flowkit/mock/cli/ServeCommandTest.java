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
        "--access-token", "EAAserve", "--app-secret", "cafe", "--manual-template-approval", "--tenant", "Second Co",
        "--waba-id", "100000000000001", "--phone-number-id", "100000000000002", "--verify-token", "demo-verify"},
        new PrintWriter(out, true),
        new PrintWriter(err, true))));
    serve.start();
    // The last line printed at start: once it is there, so are the URL and the credentials.
    for (int i = 0; i < 400 && !out.toString().contains("Press Ctrl-C to stop."); i++) {
      Thread.sleep(25);
    }
    Matcher url = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)").matcher(out.toString());
    assertThat(url.find()).as(out.toString()).isTrue();
    assertThat(out.toString()).contains("access token:     EAAserve").contains("app secret:       cafe")
        .contains("WABA id:          100000000000001").contains("phone number id:  100000000000002")
        .contains("verify token:     demo-verify");

    assertThat(Http.getNoAuth(url.group(1) + "/_flowkit/health").status()).isEqualTo(200);
    Matcher waba = Pattern.compile("WABA id: +(\\d+)").matcher(out.toString());
    assertThat(waba.find()).isTrue();
    Http.Reply template = Http.postJson(url.group(1) + "/v21.0/" + waba.group(1) + "/message_templates", "EAAserve",
        "{\"name\":\"welcome\",\"language\":\"en_US\",\"category\":\"UTILITY\","
            + "\"components\":[{\"type\":\"BODY\",\"text\":\"Welcome\"}]}");
    assertThat(Http.getNoAuth(url.group(1) + "/_flowkit/tenants").body().get("data")).as("--tenant").hasSize(2);
    assertThat(template.body().path("status").asString()).as("--manual-template-approval: %s", template.body())
        .isEqualTo("PENDING");

    serve.interrupt();
    serve.join(5000);
    assertThat(serve.isAlive()).isFalse();
    assertThat(status.get()).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Mock WhatsApp platform stopped.");
  }

  @Test
  void a_malformed_id_is_a_usage_error_naming_it() {
    Cli.Result result = Cli.flowkit("serve", "--port", "0", "--phone-number-id", "+1 555");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("the phone number id must be 1 to 20 digits");
    assertThat(result.out()).doesNotContain("Mock WhatsApp platform at");
  }
}
