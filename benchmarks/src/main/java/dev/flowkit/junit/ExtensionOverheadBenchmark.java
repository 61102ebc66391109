package dev.flowkit.junit;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.mock.MockWhatsApp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What {@code @WhatsAppFlowTest} costs a test class and each test, against a bare {@link MockWhatsApp} in the same
 * run: the class start (settings, key pair, platform, Graph client, key registration) with a fresh key pair and
 * with the run's shared one, RSA-2048 generation alone, and the per-test reset (platform reset, key registered
 * again, flows preloaded again) with no flow and with one; every figure also as a ratio to the bare start (a bare
 * reset is an in-memory swap, too small to divide by). Targets (issue 8): a class start under 300 ms, a per-test
 * reset under 5 ms.
 *
 * <p>It lives in the extension's package to call the extension's own start and reset, which are package-private:
 * what is measured is the code a test run executes, not a copy of it.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.junit.ExtensionOverheadBenchmark [iterations]</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtensionOverheadBenchmark {

  /** The class the extension starts a platform for. */
  @WhatsAppFlowTest
  static final class Fixture {}

  private static final String FLOW = """
      {"version": "7.0", "screens": [{"id": "WELCOME", "title": "Welcome", "terminal": true, "data": {},
        "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextInput", "name": "name", "label": "Your name", "required": true},
          {"type": "Footer", "label": "Done",
           "on-click-action": {"name": "complete", "payload": {"name": "${form.name}"}}}]}}]}
      """;

  /** The run's shared key pair, made once. */
  @State(Scope.Benchmark)
  public static class SharedKeys {
    KeyPair keys;

    @Setup
    public void generate() {
      keys = BusinessKeys.generate();
    }
  }

  /** A running bare mock. */
  @State(Scope.Benchmark)
  public static class Bare {
    MockWhatsApp mock;

    @Setup
    public void start() {
      mock = MockWhatsApp.start();
    }

    @TearDown
    public void stop() {
      mock.close();
    }
  }

  /** A running platform as the extension starts it, with no flows. */
  @State(Scope.Benchmark)
  public static class Started {
    WhatsAppPlatform platform;

    @Setup
    public void start(SharedKeys shared) {
      platform = WhatsAppFlowExtension.start(Fixture.class, key -> Optional.empty(), () -> shared.keys);
    }

    @TearDown
    public void stop() {
      platform.stop();
    }
  }

  /** A running platform as the extension starts it, preloading one draft flow before each test. */
  @State(Scope.Benchmark)
  public static class StartedWithFlow {
    WhatsAppPlatform platform;
    Path flow;

    @Setup
    public void start(SharedKeys shared) throws IOException {
      flow = Files.createTempFile("welcome", ".json");
      Files.writeString(flow, FLOW);
      Map<String, String> parameters = Map.of("flowkit.flows", flow.toString());
      platform = WhatsAppFlowExtension.start(Fixture.class, key -> Optional.ofNullable(parameters.get(key)),
          () -> shared.keys);
    }

    @TearDown
    public void stop() throws IOException {
      platform.stop();
      Files.deleteIfExists(flow);
    }
  }

  private static final Function<String, Optional<String>> SHARED = key -> "flowkit.shared-key-pair".equals(key)
      ? Optional.of("true") : Optional.empty();

  @Benchmark
  public void bareMockStart() {
    MockWhatsApp.start().close();
  }

  @Benchmark
  public void classStartFreshKeys(SharedKeys shared) {
    WhatsAppFlowExtension.start(Fixture.class, key -> Optional.empty(), () -> shared.keys).stop();
  }

  @Benchmark
  public void classStartSharedKeys(SharedKeys shared) {
    WhatsAppFlowExtension.start(Fixture.class, SHARED, () -> shared.keys).stop();
  }

  @Benchmark
  public KeyPair rsaKeyGeneration() {
    return BusinessKeys.generate();
  }

  @Benchmark
  public void bareMockReset(Bare bare) {
    bare.mock.reset();
  }

  @Benchmark
  public void testReset(Started started) {
    started.platform.reset();
  }

  @Benchmark
  public void testResetWithOneFlow(StartedWithFlow started) {
    started.platform.reset();
  }

  /** Runs the benchmarks in one JVM fork and prints absolute times and the ratios against the bare mock. */
  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ExtensionOverheadBenchmark.class.getName())
        .forks(1).threads(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
        .build()).run();
    Map<String, Double> ms = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      ms.put(name.substring(name.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
    }
    ms.forEach((name, score) -> System.out.printf("%-22s %8.3f ms%n", name, score));
    double bareStart = ms.get("bareMockStart");
    System.out.printf("%nagainst a bare MockWhatsApp start (%.1f ms):%n", bareStart);
    System.out.printf("class start, fresh keys:  %7.1f ms = %6.2fx (target under 300 ms; RSA-2048 alone %.1f ms)%n",
        ms.get("classStartFreshKeys"), ms.get("classStartFreshKeys") / bareStart, ms.get("rsaKeyGeneration"));
    System.out.printf("class start, shared keys: %7.1f ms = %6.2fx%n",
        ms.get("classStartSharedKeys"), ms.get("classStartSharedKeys") / bareStart);
    System.out.printf("per-test reset:           %7.3f ms = %6.3fx (target under 5 ms; a bare reset %.4f ms)%n",
        ms.get("testReset"), ms.get("testReset") / bareStart, ms.get("bareMockReset"));
    System.out.printf("per-test reset, 1 flow:   %7.3f ms = %6.3fx%n",
        ms.get("testResetWithOneFlow"), ms.get("testResetWithOneFlow") / bareStart);
  }
}
