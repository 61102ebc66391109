package dev.flowkit.benchmarks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowHttpRequest;
import dev.flowkit.endpoint.FlowHttpResponse;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the flow endpoint adds to the codec: {@link #codec()} is the bare exchange (decrypt the request, encrypt the
 * reply), {@link #endpoint()} the same request through {@link FlowEndpoint#handle(FlowHttpRequest)} (signature
 * check, parsing, routing, the handler building its {@link FlowResponse}), {@link #jdkServer()} the full path over
 * loopback HTTP to the JDK server adapter, and {@link #codecJdkServer()} the bare codec exchange behind the same
 * server, connection and client (a plain {@code HttpHandler} that reads the body, runs the exchange and answers with
 * a fixed length). The client is a minimal keep-alive HTTP/1.1 client on a plain socket standing in for Meta's
 * proxy ({@link LoopbackClient}); the request is encrypted once in set-up (the endpoint does not refuse replays),
 * so no client-side crypto is counted. JCA backend.
 *
 * <p><b>What "the endpoint adds over the codec" means here.</b> One client thread making blocking round trips
 * measures latency, not capacity: each request pays the codec on a server thread, the client's own write and
 * parse (about 20–30 µs of CPU), and the wake-ups of the client, the server's dispatcher and, with an executor, a
 * handler thread, all on the same shared cores. Set against the in-process {@link #codec()}, that charges the
 * endpoint with loopback HTTP itself, which any Java endpoint pays whatever it does with the body. So the target
 * (at most 1.25) applies to {@code codecJdkServer / jdkServer}: the same HTTP round trip, once with the codec
 * alone and once with the endpoint. {@link EndpointRatio} also prints the in-process ratio, the whole-path ratio
 * ({@code codec / jdkServer}) and the whole path's CPU time (client plus server threads, from
 * {@link ThreadCpuProfiler}) against the codec's.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FlowEndpointBenchmark {

  /** {@code ping} or a ~1 KB {@code data_exchange} answered with a ~1 KB next screen. */
  @Param({"ping", "data_exchange"})
  public String action;

  /**
   * Where the JDK server runs handlers: {@code pool}, a fixed pool of two threads (a hand-off from the dispatcher
   * thread per request), or {@code dispatcher}, no executor (the dispatcher thread runs the handler itself).
   */
  @Param({"pool"})
  public String executorChoice;

  private static final AppSecret SECRET = AppSecret.of("benchmark_app_secret");

  private FlowEndpointCipher cipher;
  private FlowEndpoint endpoint;
  private byte[] body;
  private String clearReply;
  private FlowHttpRequest httpRequest;
  private HttpServer server;
  private ExecutorService executor;
  private LoopbackClient client;
  private byte[] rawRequest;
  private byte[] rawCodecRequest;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    KeyPair pair = BusinessKeys.generate();
    cipher = FlowEndpointCipher.create(pair.getPrivate());
    ObjectNode replyData = (ObjectNode) JsonMapper.builder().build().readTree(Payloads.reply()).get("data");
    endpoint = FlowEndpoint.builder().cipher(cipher).appSecret(SECRET)
        .handler(FlowRouter.builder().dataExchange("APPOINTMENT", request -> FlowResponse.next("PICK_SLOT", replyData)).build())
        .build();
    String clearRequest = action.equals("ping") ? "{\"version\":\"3.0\",\"action\":\"ping\"}" : Payloads.request();
    clearReply = action.equals("ping") ? "{\"data\":{\"status\":\"active\"}}" : Payloads.reply();
    body = FlowClientCipher.create(pair.getPublic()).encrypt(clearRequest).body().toJsonBytes();
    String signature = HubSignature.sign(body, SECRET);
    httpRequest = FlowHttpRequest.of("POST", Map.of("Content-Type", "application/json", HubSignature.HEADER, signature), body);

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    if (executorChoice.equals("pool")) {
      executor = ServerThreads.pool();
      server.setExecutor(executor);
    } else if (!executorChoice.equals("dispatcher")) {
      throw new IllegalArgumentException(executorChoice);
    }
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.createContext("/codec", new BareCodecHandler(cipher, clearReply));
    server.start();
    client = new LoopbackClient(server.getAddress().getPort());
    rawRequest = LoopbackClient.post("/flow", Map.of(HubSignature.HEADER, signature), body);
    rawCodecRequest = LoopbackClient.post("/codec", Map.of(HubSignature.HEADER, signature), body);
    if (jdkServer().length() < 40 || codecJdkServer().length() < 40 || endpoint().status() != 200) {
      throw new IllegalStateException("the endpoint does not answer 200 in this set-up");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    client.close();
    server.stop(0);
    if (executor != null) {
      executor.shutdownNow();
    }
  }

  @Benchmark
  public String codec() {
    return cipher.decrypt(body).encryptResponse(clearReply);
  }

  @Benchmark
  public FlowHttpResponse endpoint() {
    return endpoint.handle(httpRequest);
  }

  @Benchmark
  public String jdkServer() throws IOException {
    return client.roundTrip(rawRequest);
  }

  @Benchmark
  public String codecJdkServer() throws IOException {
    return client.roundTrip(rawCodecRequest);
  }


}
