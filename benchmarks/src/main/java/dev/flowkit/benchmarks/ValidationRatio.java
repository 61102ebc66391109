package dev.flowkit.benchmarks;

import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationResult;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ValidationBenchmark} and prints, per flow, validation's cost as a ratio against parsing the same
 * text measured alongside it, into the model and into a plain tree (target for the corpus flow: at most 5), and
 * validation time per screen for the synthetic flows, with the ratio of the largest flow's to the smallest's
 * (target: at most 2).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.ValidationRatio [iterations] [forks]</pre>
 */
public final class ValidationRatio {

  private static final String[] FLOWS = {"survey", "10", "100", "1000"};

  private ValidationRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int forks = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ValidationBenchmark.class.getSimpleName())
        .forks(forks).threads(1)
        .warmupIterations(5).warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
        .build()).run();
    Map<String, double[]> byFlow = new LinkedHashMap<>();
    for (String flow : FLOWS) {
      byFlow.put(flow, new double[3]);
    }
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      int column = switch (method) {
        case "validate" -> 0;
        case "modelParse" -> 1;
        default -> 2;
      };
      byFlow.get(result.getParams().getParam("flow"))[column] = result.getPrimaryResult().getScore();
    }

    System.out.println();
    System.out.printf("%-7s %8s %12s %12s %12s %10s %10s %12s%n", "flow", "KB", "validate/s", "model/s", "tree/s",
        "vs model", "vs tree", "us/screen");
    Map<Integer, Double> perScreen = new LinkedHashMap<>();
    for (String flow : FLOWS) {
      double[] s = byFlow.get(flow);
      String text = ValidationBenchmark.text(flow);
      String screens = "";
      if (!flow.equals("survey")) {
        int n = Integer.parseInt(flow);
        double micros = 1e6 / s[0] / n;
        perScreen.put(n, micros);
        screens = String.format("%12.2f", micros);
      }
      System.out.printf("%-7s %8.1f %12.0f %12.0f %12.0f %9.2fx %9.2fx %s%n", flow, text.length() / 1024.0, s[0], s[1],
          s[2], s[1] / s[0], s[2] / s[0], screens);
      ValidationResult result = FlowJsonValidator.validate(text);
      if (!result.isValid()) {
        System.out.println("        note: " + result.errors().size() + " error(s), the rules after them did not run: "
            + result.errors());
      }
    }
    double smallest = perScreen.get(10);
    double largest = perScreen.get(1000);
    System.out.printf("%nper-screen time, 1000 screens against 10: %.2fx (100 against 10: %.2fx)%n", largest / smallest,
        perScreen.get(100) / smallest);
  }
}
