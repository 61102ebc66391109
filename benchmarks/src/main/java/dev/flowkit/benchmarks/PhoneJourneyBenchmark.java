package dev.flowkit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowHttpRequest;
import dev.flowkit.endpoint.FlowHttpResponse;
import dev.flowkit.endpoint.FlowRequest;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointOutcome;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the simulated phone adds to the cryptography of a flow. One operation of {@link #journey()} is a user
 * walking a 4-screen booking flow (Flow JSON 7.3, data API 3.0) through the phone's standalone front door
 * ({@link SimulatedPhone#standalone()}, a {@link FlowSession}) to completion: open in navigate mode, fill three
 * fields, tap the Footer (data_exchange), pick a slot and write a note, tap (data_exchange), tick two extras, tap
 * (data_exchange), tick the opt-in and complete. The endpoint is FlowKit's {@link FlowEndpoint} with a
 * {@link FlowRouter}, real RSA-2048 keys from {@link BusinessKeys#generate()} and an app secret, behind
 * {@link JdkFlowEndpointHandler} on the JDK server on loopback (a pool of two handler threads). Each data_exchange
 * is encrypted with a fresh AES key, signed in {@code X-Hub-Signature-256}, answered with the next screen's data
 * (about 1.4 KB, 0.8 KB and 0.1 KB clear) and checked as a phone checks it; the set-up walks one journey and
 * refuses to run unless it completes through exactly these screens.
 *
 * <p>The baselines are the same three requests and replies, byte for byte (taken from that journey's transcript),
 * with nothing but the cryptography: {@link #codec()} is three bare round trips in process
 * ({@link FlowClientCipher} encrypts the request, {@link FlowEndpointCipher} decrypts it and encrypts the reply,
 * the client decrypts the reply); {@link #codecJdkServer()} is the same three round trips through the same JDK
 * server and pool with the cheapest client there is ({@link LoopbackClient}, one keep-alive socket), its server
 * side a {@link BareCodecHandler}. Two more split what the journey adds: {@link #endpointJdkServer()} sends the
 * same three requests, signed, with the same minimal client to the journey's endpoint (the endpoint library's
 * share, so that what is left of the journey is the phone's own), and {@link #codecOkHttp()} sends the bare
 * round trips with an OkHttp client set up as the phone's (the share of the phone's choice of HTTP client).
 * Both sides use the backend {@link dev.flowkit.crypto.CryptoBackend#automatic()} picks, as the phone and the
 * endpoint do.
 *
 * <p><b>Which ratio the target applies to.</b> Issue 7 asks that "the phone adds at most 50% over the
 * cryptography" for a journey "against a local endpoint", that is over loopback HTTP. One thread making blocking
 * round trips on loopback pays, per request, the wake-ups of the client, the server's dispatcher and a handler
 * thread, and two HTTP stacks, whatever the bytes; set against the in-process {@link #codec()}, that would charge
 * the phone with loopback HTTP itself, which {@link FlowEndpointBenchmark} puts at 1.7–2.5 times the codec for a
 * single request. So the target (at most 1.5) applies to {@code codecJdkServer / journey}: the same three round
 * trips through the same server, connection for connection, once as bare cryptography and once as the phone's
 * journey. What that ratio charges the phone with is its own work (screen engine, session, transcript, JSON, its
 * OkHttp client, which is heavier than the minimal one) and the endpoint library's (signature check, parsing,
 * routing, the handler), which {@code codecJdkServer / endpointJdkServer} isolates, as
 * {@code codecJdkServer / codecOkHttp} isolates the HTTP client's. {@link PhoneRatio} prints these and the
 * whole path ({@code codec / journey}), and the same in CPU time (from {@link ThreadCpuProfiler}: client, JDK HTTP
 * client and server threads), which a machine loaded by other work moves least.
 *
 * <p>{@link #journeyInProcess()} walks the same journey with no network: the session's OkHttp client (handed in
 * with {@link SimulatedPhone.Standalone#httpClient}) answers each request in process with an interceptor that
 * calls {@link FlowEndpoint#handle} of the same endpoint, so that {@code codec / journeyInProcess} is what the phone
 * and the endpoint library add to the cryptography without loopback HTTP.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PhoneJourneyBenchmark {

  /** The data_exchanges a journey makes. */
  static final int EXCHANGES = 3;

  private static final AppSecret SECRET = AppSecret.of("benchmark_app_secret");
  private static final String FLOW_TOKEN = "bk-7d1e0c52-phone-journey";

  private FlowJson flow;
  private KeyPair keys;
  private FlowEndpointCipher endpointCipher;
  private FlowClientCipher clientCipher;
  private HttpServer server;
  private ExecutorService executor;
  private URI endpointUrl;
  private LoopbackClient client;
  private final List<URI> codecUrls = new ArrayList<>();
  /** Set up as the phone's channel sets up its own: HTTP/1.1, no redirects. */
  private final OkHttpClient okHttp = new OkHttpClient.Builder()
      .protocols(List.of(Protocol.HTTP_1_1))
      .followRedirects(false)
      .followSslRedirects(false)
      .build();
  /** Answers in process: every request goes to the endpoint's {@link FlowEndpoint#handle}, none to a socket. */
  private OkHttpClient inProcess;
  private final List<String> clearRequests = new ArrayList<>();
  private final List<String> clearReplies = new ArrayList<>();

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    try (InputStream in = PhoneJourneyBenchmark.class.getResourceAsStream("/phone/journey.json")) {
      flow = FlowJsonMapper.read(in);
    }
    keys = BusinessKeys.generate();
    endpointCipher = FlowEndpointCipher.create(keys.getPrivate());
    clientCipher = FlowClientCipher.create(keys.getPublic());
    FlowEndpoint endpoint = FlowEndpoint.builder().cipher(endpointCipher).appSecret(SECRET)
        .handler(FlowRouter.builder()
            .dataExchange("DETAILS", PhoneJourneyBenchmark::slots)
            .dataExchange("APPOINTMENT", PhoneJourneyBenchmark::extras)
            .dataExchange("EXTRAS", PhoneJourneyBenchmark::summary)
            .build())
        .build();

    inProcess = new OkHttpClient.Builder().addInterceptor(chain -> answer(endpoint, chain.request())).build();

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    executor = ServerThreads.pool();
    server.setExecutor(executor);
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.start();
    endpointUrl = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");

    for (EndpointExchange exchange : completed(journey())) {
      clearRequests.add(exchange.requestJson());
      clearReplies.add(exchange.responseJson().orElseThrow());
    }
    for (int i = 0; i < EXCHANGES; i++) {
      server.createContext("/codec/" + i, new BareCodecHandler(endpointCipher, clearReplies.get(i)));
      codecUrls.add(endpointUrl.resolve("/codec/" + i));
    }
    client = new LoopbackClient(server.getAddress().getPort());
    if (!codec().equals(codecJdkServer()) || !codec().equals(endpointJdkServer())
        || !codec().equals(codecOkHttp())) {
      throw new IllegalStateException("a baseline did not get the journey's replies in this set-up");
    }
    completed(journeyInProcess());
  }

  /** The endpoint's answer to a request, as the JDK server adapter would send it, made in process. */
  private static Response answer(FlowEndpoint endpoint, Request request) throws IOException {
    Buffer body = new Buffer();
    if (request.body() != null) {
      request.body().writeTo(body);
    }
    Map<String, String> headers = new java.util.HashMap<>();
    request.headers().forEach(header -> headers.putIfAbsent(header.getFirst(), header.getSecond()));
    if (request.body() != null && request.body().contentType() != null) {
      headers.putIfAbsent("Content-Type", request.body().contentType().toString());
    }
    FlowHttpResponse answer = endpoint.handle(FlowHttpRequest.of(request.method(), headers, body.readByteArray()));
    return new Response.Builder().request(request).protocol(Protocol.HTTP_1_1).code(answer.status()).message("")
        .body(ResponseBody.create(answer.bodyBytes(), MediaType.get(answer.contentType()))).build();
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    client.close();
    okHttp.connectionPool().evictAll();
    server.stop(0);
    executor.shutdownNow();
  }

  // ------------------------------------------------------------------------------------------ the business

  private static FlowResponse slots(FlowRequest request) {
    List<Map<String, Object>> slots = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      slots.add(Map.of("id", "slot-" + i, "title", "Tue 3 Dec, " + (9 + i / 2) + (i % 2 == 0 ? ":00" : ":30"),
          "enabled", i % 5 != 3));
    }
    return FlowResponse.next("APPOINTMENT", Map.of("greeting", "Hello " + request.dataString("name").orElse(""),
        "slots", slots));
  }

  private static FlowResponse extras(FlowRequest request) {
    String[][] names = {{"parking", "Parking", "A space near the entrance, kept for 30 minutes"},
        {"wheelchair", "Wheelchair", "Waiting for you at the front desk"},
        {"interpreter", "Interpreter", "Spanish, French, Portuguese or Arabic"},
        {"reminder_sms", "SMS reminder", "The day before, at 6 pm"},
        {"coffee", "Coffee", "While you wait in the lounge"},
        {"late_checkout", "Late check-out", "Stay in the recovery room an hour longer"},
        {"report_copy", "Copy of the report", "Sent by email after the visit"},
        {"companion", "Companion", "Someone may come into the room with you"}};
    List<Map<String, String>> extras = new ArrayList<>();
    for (String[] extra : names) {
      extras.add(Map.of("id", extra[0], "title", extra[1], "description", extra[2]));
    }
    return FlowResponse.next("EXTRAS", Map.of("extras", extras));
  }

  private static FlowResponse summary(FlowRequest request) {
    return FlowResponse.next("CONFIRM", Map.of("summary", "Tuesday 3 December at 9:30 with "
        + request.data().get("extras").size() + " extras. We will see you at the front desk."));
  }

  // ------------------------------------------------------------------------------------------ the journey

  /**
   * One user's journey through the phone's standalone front door: open in navigate mode, fill, tap the Footer
   * through three data_exchanges, complete on the fourth screen.
   */
  @Benchmark
  public FlowSession journey() {
    return walk(SimulatedPhone.standalone());
  }

  private FlowSession walk(SimulatedPhone.Standalone phone) {
    return phone
        .flow(flow)
        .endpoint(endpointUrl)
        .businessPublicKey(keys.getPublic())
        .appSecret(SECRET)
        .flowToken(FLOW_TOKEN)
        .open()
        .fill("name", "Ada Lovelace").fill("email", "ada@example.com").fill("phone", "+442079460958")
        .tapFooter()
        .select("slot", "slot-5").fill("notes", "Second floor, please; I use a walking frame.")
        .tapFooter()
        .check("extras", "parking").check("extras", "coffee")
        .tapFooter()
        .optIn("reminders", true)
        .tapFooter();
  }

  /** The same journey answered in process, through an OkHttp interceptor calling the endpoint: no network. */
  @Benchmark
  public FlowSession journeyInProcess() {
    return walk(SimulatedPhone.standalone().httpClient(inProcess));
  }

  /** Checks that a journey went all the way, as the benchmark assumes, and returns its endpoint exchanges. */
  private static List<EndpointExchange> completed(FlowSession session) {
    List<EndpointExchange> exchanges = session.transcript().exchanges();
    boolean allNext = exchanges.stream().allMatch(e -> e.outcome() instanceof EndpointOutcome.NextScreen);
    boolean replied = session.completion().map(reply -> reply.path("reminders").asBoolean(false)
        && reply.path("flow_token").asString("").equals(FLOW_TOKEN)).orElse(false);
    if (!session.isCompleted() || !replied || exchanges.size() != EXCHANGES || !allNext
        || !session.screenStack().equals(List.of("DETAILS", "APPOINTMENT", "EXTRAS", "CONFIRM"))) {
      throw new IllegalStateException("the journey did not go as the benchmark assumes:\n"
          + session.transcript().toText());
    }
    return exchanges;
  }

  // ------------------------------------------------------------------------------------------ the baselines

  /** Where a baseline's request goes: the answer to the {@code index}-th request's encrypted body. */
  private interface Answerer {
    String answer(int index, byte[] body) throws IOException;
  }

  /** The journey's requests, each encrypted afresh, answered, and the answers decrypted: the client's side. */
  private String roundTrips(Answerer server) throws IOException {
    StringBuilder replies = new StringBuilder();
    for (int i = 0; i < EXCHANGES; i++) {
      PendingFlowRequest pending = clientCipher.encrypt(clearRequests.get(i));
      replies.append(pending.decryptResponse(server.answer(i, pending.body().toJsonBytes())));
    }
    return replies.toString();
  }

  @Benchmark
  public String codec() throws IOException {
    return roundTrips((i, body) -> endpointCipher.decrypt(body).encryptResponse(clearReplies.get(i)));
  }

  @Benchmark
  public String codecJdkServer() throws IOException {
    return roundTrips((i, body) -> client.roundTrip(LoopbackClient.post("/codec/" + i, Map.of(), body)));
  }

  @Benchmark
  public String codecOkHttp() throws IOException {
    return roundTrips((i, body) -> {
      Request request = new Request.Builder().url(codecUrls.get(i).toString())
          .post(RequestBody.create(body, MediaType.get("application/json")))
          .build();
      try (Response response = okHttp.newCall(request).execute()) {
        return response.body().string();
      }
    });
  }

  @Benchmark
  public String endpointJdkServer() throws IOException {
    return roundTrips((i, body) -> client.roundTrip(LoopbackClient.post("/flow",
        Map.of(HubSignature.HEADER, HubSignature.sign(body, SECRET)), body)));
  }
}
