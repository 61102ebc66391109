package dev.flowkit.examples.readme;

import static dev.flowkit.json.Payload.of;
import static dev.flowkit.json.Ref.data;
import static dev.flowkit.json.Ref.form;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.DecryptedFlowRequest;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.CreatedFlow;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.Page;
import dev.flowkit.json.Action;
import dev.flowkit.json.DataModel;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.json.Footer;
import dev.flowkit.json.Form;
import dev.flowkit.json.Screen;
import dev.flowkit.json.TextInput;
import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.SourceSpan;
import dev.flowkit.validation.ValidationError;
import dev.flowkit.validation.ValidationResult;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The samples of {@code core/README.md} and the core tour of the root README. The builder sample runs as a test;
 * the others need files, a server or Meta, so they sit in methods nobody calls, compiled with the build.
 */
class CoreSamplesTest {

  private static final Logger log = LoggerFactory.getLogger(CoreSamplesTest.class);

  @Test
  void the_flow_built_in_java_is_valid() {
    ValidationResult result = FlowJsonValidator.validate(FlowJsonMapper.writePretty(buildAFlow()));
    assertThat(result.errors()).isEmpty();
    assertThat(FlowJsonMapper.read(FlowJsonMapper.writePretty(buildAFlow()))).isEqualTo(buildAFlow());
  }

  static FlowJson readAFlow() throws IOException {
    FlowJson flow = FlowJsonMapper.read(Path.of("signup.json"));
    Screen first = flow.screens().get(0);
    String json = FlowJsonMapper.writePretty(flow);
    log.info("{} starts on {}: {}", flow.version(), first.id(), json);
    return flow;
  }

  static FlowJson buildAFlow() {
    FlowJson flow = FlowJson.builder()
        .dataApiVersion("3.0")
        .routingModel()
        .screens(Screen.builder("SIGN_UP")
            .title("Finish Sign Up")
            .terminal(true)
            .data(DataModel.builder().bool("is_email_enabled", false).build())
            .layout(Form.builder("form",
                TextInput.builder("email", "Email Address").inputType("email").enabled(data("is_email_enabled")).build(),
                Footer.builder("Done", Action.complete(of("email", form("email")))).build())
                .build())
            .build())
        .build();
    return flow;
  }

  static void validate() throws IOException {
    ValidationResult result = FlowJsonValidator.validate(Files.readString(Path.of("flows/signup.json")));
    for (ValidationError error : result.errors()) {
      SourceSpan at = error.pointers().get(0).span();
      System.out.printf("%d:%d %s %s%n", at.lineStart(), at.columnStart(), error.error(), error.message());
    }
  }

  static void keys(char[] passphrase) throws IOException {
    PrivateKey privateKey = BusinessKeys.readPrivateKey(Path.of("keys/private.pem"), passphrase);
    PublicKey publicKey = BusinessKeys.readPublicKey(Path.of("keys/public.pem"));
    BusinessKeys.requireMatching(privateKey, publicKey);   // KeyMismatchException if they are not one pair
  }

  static String decryptAndReply(PrivateKey privateKey, String appSecret, byte[] body, String header) {
    FlowEndpointCipher cipher = FlowEndpointCipher.create(privateKey);     // once; thread-safe
    HubSignature signatures = HubSignature.verifier(AppSecret.of(appSecret));

    // per request: raw body bytes and the X-Hub-Signature-256 header
    signatures.verify(body, header);                                   // HubSignatureException: answer 432
    DecryptedFlowRequest request = cipher.decrypt(body);               // FlowDecryptionException: answer 421
    JsonNode payload = request.payload();                              // {"version":"3.0","action":"INIT",...}
    String responseBody = request.encryptResponse("{\"screen\":\"WELCOME\",\"data\":{}}");  // 200, text/plain
    log.debug("answered {}", payload.path("action").asString());
    return responseBody;
  }

  static String actLikeThePhone(PublicKey publicKey, String responseBody) {
    PendingFlowRequest pending = FlowClientCipher.create(publicKey).encrypt("{\"version\":\"3.0\",\"action\":\"ping\"}");
    byte[] body = pending.body().toJsonBytes();                 // POST it, signed with HubSignature.sign(body, secret)
    String reply = pending.decryptResponse(responseBody);
    log.debug("sent {} bytes", body.length);
    return reply;
  }

  /** What the endpoint sample's booking service offers. */
  interface Bookings {
    boolean isFull(String date);
  }

  static List<Map<String, String>> slots() {
    return List.of(Map.of("id", "tue", "title", "Tuesday"));
  }

  static String book(dev.flowkit.endpoint.FlowRequest request) {
    return "B-" + request.requireFlowToken();
  }

  static HttpServer endpoint(PrivateKey privateKey, String appSecret, Bookings bookings) throws IOException {
    FlowEndpoint endpoint = FlowEndpoint.builder()
        .privateKey(privateKey)
        .appSecret(AppSecret.of(appSecret))
        .onErrorNotification(n -> log.warn("WhatsApp rejected our reply: {}", n.error().orElse("?")))
        .handler(FlowRouter.builder()
            .init(request -> FlowResponse.next("PICK_SLOT", Map.of("slots", slots())))
            .dataExchange("PICK_SLOT", request -> request.dataString("date").map(bookings::isFull).orElse(true)
                ? FlowResponse.stay("PICK_SLOT", "That date is fully booked, pick another one.")
                : FlowResponse.close(request.requireFlowToken(), Map.of("booking_id", book(request))))
            .build())
        .build();
    HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));   // run with -Dsun.net.httpserver.nodelay=true
    server.setExecutor(Executors.newFixedThreadPool(8));                   // without one, one request at a time
    return server;
  }

  /** Where the webhook sample records finished orders. */
  interface Orders {
    void complete(String flowToken, JsonNode response);
  }

  static void webhooks(HttpServer server, String appSecret, String verifyToken, Orders orders) {
    WebhookVerifier verifier = WebhookVerifier.create(AppSecret.of(appSecret), verifyToken);
    server.createContext("/webhook", WebhookHttpHandler.create(verifier, notification ->
        notification.eventsOf(FlowCompletion.class).forEach(done ->
            done.flowToken().ifPresent(token -> orders.complete(token, done.response())))));
  }

  static void graph(String token, String wabaId, String phoneNumberId, PublicKey publicKey) {
    GraphApiClient graph = GraphApiClient.builder().accessToken(token).build();     // graph.facebook.com, v21.0
    CreatedFlow flow = graph.createFlow(wabaId, CreateFlowRequest.builder("sign up", FlowCategory.SIGN_UP)
        .endpointUri("https://example.org/flow").build());
    graph.uploadFlowJson(flow.id(), Path.of("flows/signup.json")).requireValid();  // FlowValidationException
    graph.setBusinessPublicKey(phoneNumberId, publicKey);
    graph.publish(flow.id());
    graph.sendFlowMessage(phoneNumberId, FlowMessage.builder("447700900123", "Sign up").flowId(flow.id())
        .flowToken("su-81c2").dataExchange().body("Create your account in a minute").build());
    for (Page<Flow> page = graph.listFlows(wabaId); ; ) {
      page.data().forEach(f -> System.out.println(f.name().orElse(f.id())));
      Optional<Page<Flow>> next = graph.nextPage(page);
      if (next.isEmpty()) break;
      page = next.get();
    }
  }
}
