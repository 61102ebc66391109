package dev.flowkit.benchmarks;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What reading and writing Flow JSON costs: {@link #modelRoundTrip()} parses the largest corpus file into the
 * typed model and writes it back; {@link #jacksonTreeParse()} only parses the same text into a plain Jackson
 * {@link JsonNode}. Their ratio is the model's overhead.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FlowJsonBenchmark {

  private final JsonMapper plain = JsonMapper.builder().build();
  private String text;
  private JsonNode tree;
  private FlowJson flow;

  @Setup
  public void load() throws IOException {
    try (InputStream in = FlowJsonBenchmark.class.getResourceAsStream("/flowjson/survey.json")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    tree = plain.readTree(text);
    flow = FlowJsonMapper.read(text);
  }

  @Benchmark
  public JsonNode jacksonTreeParse() {
    return plain.readTree(text);
  }

  /** The model step alone: from an already parsed tree (a breakdown, not part of the ratio). */
  @Benchmark
  public FlowJson partModelFromTree() {
    return FlowJsonMapper.fromTree(tree);
  }

  /** The writing step alone (a breakdown, not part of the ratio). */
  @Benchmark
  public String partWrite() {
    return FlowJsonMapper.write(flow);
  }

  @Benchmark
  public String modelRoundTrip() {
    return FlowJsonMapper.write(FlowJsonMapper.read(text));
  }
}
