package dev.flowkit.cucumber.cli;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.cucumber.FlowKitSettings;
import dev.flowkit.mock.cli.CliCommands;
import io.cucumber.core.options.CommandlineOptionsParser;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.runtime.Runtime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code flowkit test FEATURE... --flow FILE --endpoint URL --public-key PEM [--app-secret S] [--flow-token T]}:
 * runs the feature files (or folders of them) with FlowKit's steps and the standalone phone against the endpoint,
 * and prints one line per scenario (the failure text under a failed one) and a closing count. Exit status: 0 when every scenario
 * passed, 1 when one failed (or had an undefined step), 2 for a usage error (a missing file, a bad key or URL).
 *
 * <p>The features name the flow by its file name ({@code Given the flow "login.json"}): {@code --flow} sets the
 * flows folder to the file's folder. The app secret is never printed.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run feature files with FlowKit's steps against a flow endpoint (any language); exit 0 when "
        + "every scenario passed, 1 otherwise.")
public final class TestCommand implements Callable<Integer>, CliCommands {

  @Spec
  CommandLine.Model.@Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FEATURE",
      description = "Feature files or folders of them; FILE:LINE runs the scenario on that line.")
  List<String> features = new ArrayList<>();

  @Option(names = "--flow", required = true, paramLabel = "FILE",
      description = "The Flow JSON file; the features name it by file name (Given the flow \"FILE\").")
  @Nullable Path flow;

  @Option(names = "--endpoint", required = true, paramLabel = "URL", description = "The flow endpoint's URL.")
  @Nullable URI endpoint;

  @Option(names = "--public-key", required = true, paramLabel = "PEM",
      description = "A PEM file with the business public key the phone encrypts for.")
  @Nullable Path publicKey;

  @Option(names = "--app-secret", paramLabel = "S", defaultValue = "${env:FLOWKIT_APP_SECRET}",
      description = "The app secret that signs each request (X-Hub-Signature-256); default: the environment "
          + "variable FLOWKIT_APP_SECRET; without either, requests go unsigned.")
  @Nullable String appSecret;

  @Option(names = "--flow-token", paramLabel = "T",
      description = "The flow token the phone sends (default: the phone's own).")
  @Nullable String flowToken;

  /** Made by the service loader and by picocli. */
  public TestCommand() {}

  /** This command, fresh for each command line. */
  @Override
  public List<Object> commands() {
    return List.of(new TestCommand());
  }

  @Override
  public Integer call() {
    CommandLine commandLine = requireSpec().commandLine();
    Path flowFile = requireFile(flow, "--flow");
    Path keyFile = requireFile(publicKey, "--public-key");
    String pem;
    try {
      pem = Files.readString(keyFile);
      BusinessKeys.readPublicKey(pem);
    } catch (IOException | RuntimeException e) {
      throw new CommandLine.ParameterException(commandLine,
          "--public-key " + keyFile + " holds no usable RSA public key: " + e.getMessage());
    }
    URI url = requireUrl(endpoint);
    for (String feature : features) {
      if (!Files.exists(Path.of(feature.replaceFirst("(:\\d+)+$", "")))) {
        throw new CommandLine.ParameterException(commandLine, "no feature file or folder " + feature);
      }
    }
    Map<String, String> properties = new HashMap<>();
    properties.put(FlowKitSettings.ENDPOINT_URL, url.toString());
    properties.put(FlowKitSettings.PUBLIC_KEY, pem);
    Path folder = flowFile.toAbsolutePath().getParent();
    properties.put(FlowKitSettings.FLOWS, folder == null ? "." : folder.toString());
    properties.put(FlowKitSettings.PLATFORM, "standalone");
    if (appSecret != null && !appSecret.isBlank()) {
      properties.put(FlowKitSettings.APP_SECRET, appSecret);
    }
    if (flowToken != null) {
      properties.put(FlowKitSettings.FLOW_TOKEN, flowToken);
    }
    PrintWriter out = commandLine.getOut();
    TestReport report = new TestReport(out);
    Map<String, @Nullable String> previous = new HashMap<>();
    properties.forEach((name, value) -> previous.put(name, System.setProperty(name, value)));
    try {
      run(report);
    } finally {
      previous.forEach((name, value) -> {
        if (value == null) {
          System.clearProperty(name);
        } else {
          System.setProperty(name, value);
        }
      });
    }
    report.printSummary();
    return report.allPassed() ? 0 : 1;
  }

  private void run(TestReport report) {
    List<String> args = new ArrayList<>(List.of("--glue", "dev.flowkit.cucumber", "--monochrome"));
    args.addAll(features);
    // Cucumber's own option parser prints only on its errors; ours are checked above.
    ByteArrayOutputStream parserOutput = new ByteArrayOutputStream();
    RuntimeOptions options = new CommandlineOptionsParser(parserOutput).parse(args.toArray(String[]::new)).build();
    ClassLoader loader = TestCommand.class.getClassLoader();
    Runtime.builder()
        .withRuntimeOptions(options)
        .withClassLoader(() -> loader)
        .withAdditionalPlugins(report)
        .build()
        .run();
    String parserText = parserOutput.toString(StandardCharsets.UTF_8);
    if (!parserText.isBlank()) {
      requireSpec().commandLine().getErr().print(parserText);
    }
  }

  private Path requireFile(@Nullable Path path, String option) {
    if (path == null || !Files.isRegularFile(path)) {
      throw new CommandLine.ParameterException(requireSpec().commandLine(), option + ": no file " + path);
    }
    return path;
  }

  private URI requireUrl(@Nullable URI url) {
    if (url == null || url.getHost() == null
        || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new CommandLine.ParameterException(requireSpec().commandLine(),
          "--endpoint must be an absolute http(s) URL: " + url);
    }
    return url;
  }

  private CommandLine.Model.CommandSpec requireSpec() {
    if (spec == null) {
      throw new IllegalStateException("picocli did not inject the command spec");
    }
    return spec;
  }
}
