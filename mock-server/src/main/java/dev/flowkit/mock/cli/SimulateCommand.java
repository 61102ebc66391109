package dev.flowkit.mock.cli;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.FlowCryptoException;
import dev.flowkit.json.InvalidFlowJsonException;
import dev.flowkit.mock.phone.FieldError;
import dev.flowkit.mock.phone.FlowMessageUnavailableException;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.FlowSessionException;
import dev.flowkit.mock.phone.RemotePlatformException;
import dev.flowkit.mock.phone.RenderedComponent;
import dev.flowkit.mock.phone.RenderedOption;
import dev.flowkit.mock.phone.RenderedScreen;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code flowkit simulate}: opens a flow with the simulated phone and lets a person (or a script on standard input)
 * walk it one command per line. Either standalone, a Flow JSON file ({@code --flow}) against any endpoint, or a
 * flow message a mock platform in another process holds ({@code --platform URL --user WA_ID [--message WAMID]},
 * e.g. one started by {@code flowkit serve}), walked as {@link SimulatedPhone#remote} does. Exit status: 0 when the
 * flow completed, 1 when it ended otherwise (quit, end of input, closed, no first screen, a message that does not
 * open, a platform that does not answer), 2 for a usage error (also an unreadable flow or key file, a key that is
 * not an RSA public key, {@code --data} that is not a JSON object, {@code --flow} and {@code --platform} both or
 * neither).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = {"Open a flow with the simulated phone and walk it from the terminal: a Flow JSON file against "
        + "an endpoint (--flow), or the flow message a user received on a mock platform such as the one `flowkit "
        + "serve` runs (--platform and --user; the message's flow, mode, token, payload, endpoint, key and app "
        + "secret come from the platform, and the completion goes to the business as the platform's webhook).",
        "Each screen is printed as text with what the user can do; commands are read one per line from standard "
            + "input (so a script can be piped in). Type 'help' for the commands.",
        "Exit status: 0 when the flow completed, 1 when it ended otherwise or the message does not open, 2 for a "
            + "usage error."})
final class SimulateCommand implements Callable<Integer> {

  /** The options of a standalone opening, which a platform's message decides for itself. */
  private static final List<String> STANDALONE_OPTIONS = List.of("--endpoint", "--public-key", "--app-secret",
      "--flow-token", "--screen", "--data", "--data-exchange");

  private static final String HELP = String.join("\n",
      "commands:",
      "  fill NAME TEXT            type TEXT (the rest of the line) into a text field",
      "  select NAME OPTION        pick an option of a radio group or dropdown",
      "  check NAME OPTION         tick an option of a checkbox group or chips selector (uncheck to untick)",
      "  date NAME YYYY-MM-DD [YYYY-MM-DD]  pick a date, or a range",
      "  optin NAME [yes|no]       tick (or untick) an opt-in",
      "  item NAME ITEM            tap an item of a navigation list",
      "  tap footer                tap the footer button",
      "  tap link LABEL            tap the link with this text",
      "  back                      go back a screen",
      "  screen                    show the screen again",
      "  transcript                show every step so far and the endpoint's answers",
      "  quit                      leave without completing");

  @Spec
  @Nullable CommandSpec spec;

  /** Where the commands come from; {@link FlowKitCli#run(String[], InputStream, PrintWriter, PrintWriter)} sets it. */
  InputStream in = System.in;

  @Option(names = "--flow", paramLabel = "FILE", description = "The Flow JSON file to open standalone (or "
      + "--platform).")
  @Nullable Path flowFile;

  @Option(names = "--platform", paramLabel = "URL", description = "The base URL of a running mock platform, e.g. "
      + "http://127.0.0.1:8080 (`flowkit serve`): open a flow message it holds (with --user; instead of --flow).")
  @Nullable URI platform;

  @Option(names = "--user", paramLabel = "WA_ID", description = "With --platform: the WhatsApp id of the user whose "
      + "flow message to open, e.g. 447700900123.")
  @Nullable String user;

  @Option(names = "--message", paramLabel = "WAMID", description = "With --platform: the id of the flow message to "
      + "open (default: the latest the user received).")
  @Nullable String message;

  @Option(names = "--endpoint", paramLabel = "URL", description = "The flow endpoint's URL (with --public-key; "
      + "leave both out for a flow that never calls an endpoint).")
  @Nullable URI endpoint;

  @Option(names = "--public-key", paramLabel = "PEM", description = "A PEM file with the business public key whose "
      + "private key the endpoint holds.")
  @Nullable Path publicKey;

  @Option(names = "--app-secret", paramLabel = "S", defaultValue = "${env:FLOWKIT_APP_SECRET}",
      description = "The app secret that signs each request (X-Hub-Signature-256); default: the environment "
          + "variable FLOWKIT_APP_SECRET; without either, requests go unsigned.")
  @Nullable String appSecret;

  @Option(names = "--flow-token", paramLabel = "T", description = "The flow token of the message (default: the "
      + "phone's own).")
  @Nullable String flowToken;

  @Option(names = "--screen", paramLabel = "S", description = "Open in navigate mode on this screen (default: the "
      + "flow's first screen).")
  @Nullable String screen;

  @Option(names = "--data", paramLabel = "JSON", description = "The navigate payload's data, a JSON object.")
  @Nullable String data;

  @Option(names = "--data-exchange", description = "Open in data_exchange mode: the first screen comes from the "
      + "endpoint's answer to INIT.")
  boolean dataExchange;

  @Override
  public Integer call() {
    PrintWriter out = Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Supplier<FlowSession> opening;
    try {
      opening = opening();
    } catch (UsageException e) {
      err.println("simulate: " + e.getMessage());
      return 2;
    }
    FlowSession session;
    try {
      session = opening.get();
    } catch (FlowSessionException e) {
      err.println("simulate: " + withoutTranscript(e));
      return 1;
    } catch (FlowMessageUnavailableException e) {
      err.println("simulate: the message does not open (" + e.reason() + "): " + e.getMessage());
      return 1;
    } catch (RemotePlatformException e) {
      err.println("simulate: " + e.getMessage());
      return 1;
    }
    if (platform != null) {
      out.println("opened flow message " + session.messageId());
    }
    Walk walk = new Walk(session, out);
    if (!walk.show()) {
      return walk.status();
    }
    try {
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      out.print("> ");
      out.flush();
      while ((line = lines.readLine()) != null) {
        if (!walk.command(line.strip())) {
          return walk.status();
        }
        out.print("> ");
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.println("input ended: the flow did not complete");
    out.flush();
    return 1;
  }

  /** How to open the session the options ask for; a {@link UsageException} for what the user must fix. */
  private Supplier<FlowSession> opening() throws UsageException {
    if (flowFile != null && platform != null) {
      throw new UsageException("give --flow (a Flow JSON file, standalone) or --platform (a message the platform "
          + "holds), not both");
    }
    if (flowFile == null && platform == null) {
      throw new UsageException("give --flow FILE (a Flow JSON file, standalone) or --platform URL --user WA_ID (a "
          + "flow message the mock platform at URL holds)");
    }
    if (platform == null) {
      if (user != null || message != null) {
        throw new UsageException("--user and --message go with --platform");
      }
      return phone()::open;
    }
    if (user == null) {
      throw new UsageException("--platform needs --user: the WhatsApp id of the user whose flow message to open");
    }
    CommandLine.ParseResult parsed = Objects.requireNonNull(spec).commandLine().getParseResult();
    List<String> standalone = STANDALONE_OPTIONS.stream().filter(parsed::hasMatchedOption).toList();
    if (!standalone.isEmpty()) {
      throw new UsageException("--platform opens the message as the business sent it (its mode, token, payload, "
          + "endpoint, key and app secret come from the platform): it takes no " + String.join(", ", standalone));
    }
    SimulatedPhone phone;
    try {
      phone = SimulatedPhone.remote(platform, user);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage().startsWith("a WhatsApp id") ? "--user: " + e.getMessage()
          : "--platform: " + e.getMessage());
    }
    String wamid = message;
    return wamid == null ? phone::openLatest : () -> phone.open(wamid);
  }

  /** The standalone phone as the options say; a {@link UsageException} for what the user must fix. */
  private SimulatedPhone.Standalone phone() throws UsageException {
    if (dataExchange && (screen != null || data != null)) {
      throw new UsageException("--data-exchange opens with INIT: it takes no --screen or --data");
    }
    if ((endpoint == null) != (publicKey == null)) {
      throw new UsageException("--endpoint and --public-key go together");
    }
    SimulatedPhone.Standalone phone = SimulatedPhone.standalone();
    try {
      phone.flow(Objects.requireNonNull(flowFile));
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot read the flow file " + flowFile);
    } catch (InvalidFlowJsonException e) {
      throw new UsageException(flowFile + " is not Flow JSON: " + e.getMessage());
    }
    if (endpoint != null && publicKey != null) {
      try {
        phone.endpoint(endpoint).businessPublicKey(Files.readString(publicKey, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UsageException("cannot read the public key file " + publicKey);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--endpoint: " + e.getMessage());
      } catch (FlowCryptoException e) {
        throw new UsageException(publicKey + ": " + e.getMessage());
      }
    }
    if (appSecret != null && !appSecret.isEmpty()) {
      phone.appSecret(AppSecret.of(appSecret));
    }
    if (flowToken != null) {
      phone.flowToken(flowToken);
    }
    if (dataExchange) {
      phone.dataExchange();
    } else if (screen != null || data != null) {
      JsonNode payload = JsonMapper.builder().build().createObjectNode();
      if (data != null) {
        try {
          payload = JsonMapper.builder().build().readTree(data);
        } catch (JacksonException e) {
          throw new UsageException("--data is not JSON");
        }
        if (!payload.isObject()) {
          throw new UsageException("--data must be a JSON object");
        }
      }
      if (screen == null) {
        throw new UsageException("--data needs --screen: the screen the data is for");
      }
      phone.navigate(screen, payload);
    }
    return phone;
  }

  static String withoutTranscript(RuntimeException e) {
    String message = String.valueOf(e.getMessage());
    int cut = message.indexOf("\n--- transcript ---");
    return cut < 0 ? message : message.substring(0, cut);
  }

  /** A command line the user must fix; exit status 2. */
  private static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** One session walked command by command. */
  private static final class Walk {
    private static final java.util.Set<String> INPUT_VERBS =
        java.util.Set.of("fill", "select", "check", "uncheck", "item", "optin", "date");
    private final FlowSession session;
    private final PrintWriter out;

    Walk(FlowSession session, PrintWriter out) {
      this.session = session;
      this.out = out;
    }

    /** Prints the state after a step; false when the flow ended (completed, closed, or never showed a screen). */
    boolean show() {
      if (session.isCompleted()) {
        out.println("flow completed; the reply sent to the business:");
        out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
            .writeValueAsString(session.completion().orElseThrow()));
        out.flush();
        return false;
      }
      RenderedScreen shown;
      try {
        shown = session.screen();
      } catch (FlowSessionException e) {
        out.println("no screen: " + session.lastError().orElse(withoutTranscript(e)));
        out.flush();
        return false;
      }
      if (!session.isOpen()) {
        out.println("flow closed without completing" + session.closedMessage().map(m -> ": " + m).orElse(""));
        out.flush();
        return false;
      }
      out.println();
      out.print(shown.plainText());
      for (FieldError error : session.fieldErrors()) {
        out.println("field error: " + error.field() + ": " + error.message());
      }
      session.lastError().filter(e -> !shown.errorMessage().filter(e::equals).isPresent())
          .ifPresent(e -> out.println("error: " + e));
      out.println("you can: " + String.join(" | ", actions(shown)));
      out.flush();
      return true;
    }

    int status() {
      return session.isCompleted() ? 0 : 1;
    }

    /** Runs one command; false when the walk is over. */
    boolean command(String line) {
      if (line.isEmpty()) {
        return true;
      }
      String[] words = line.split("\\s+", 3);
      String verb = words[0].toLowerCase(java.util.Locale.ROOT);
      try {
        switch (verb) {
          case "quit":
          case "exit":
            out.println("quit: the flow did not complete");
            out.flush();
            return false;
          case "help":
            out.println(HELP);
            out.flush();
            return true;
          case "screen":
            return show();
          case "transcript":
            out.print(session.transcript().toText());
            out.flush();
            return true;
          case "back":
            session.back();
            return show();
          case "tap":
            tap(words, line);
            return show();
          default:
            input(verb, words);
            return show();
        }
      } catch (FlowSessionException e) {
        out.println("refused: " + withoutTranscript(e));
        out.flush();
        return session.isOpen() || session.isCompleted() ? show() : false;
      } catch (UsageException e) {
        out.println(e.getMessage() + " (type 'help' for the commands)");
        out.flush();
        return true;
      }
    }

    private void tap(String[] words, String line) throws UsageException {
      if (words.length == 2 && words[1].equalsIgnoreCase("footer")) {
        session.tapFooter();
      } else if (words.length >= 3 && words[1].equalsIgnoreCase("link")) {
        session.tapLink(unquote(line.split("\\s+", 3)[2]));
      } else {
        throw new UsageException("tap what? 'tap footer' or 'tap link LABEL'");
      }
    }

    private void input(String verb, String[] words) throws UsageException {
      if (!INPUT_VERBS.contains(verb)) {
        throw new UsageException("unknown command '" + verb + "'");
      }
      if (words.length < 2) {
        throw new UsageException("'" + verb + "' needs a field name");
      }
      String name = words[1];
      String rest = words.length > 2 ? words[2] : "";
      switch (verb) {
        case "fill":
          session.fill(name, unquote(rest));
          break;
        case "select":
          session.select(name, needed(verb, rest));
          break;
        case "check":
          session.check(name, needed(verb, rest));
          break;
        case "uncheck":
          session.uncheck(name, needed(verb, rest));
          break;
        case "item":
          session.tapItem(name, needed(verb, rest));
          break;
        case "optin":
          session.optIn(name, !rest.equalsIgnoreCase("no"));
          break;
        case "date":
          String[] dates = needed(verb, rest).split("\\s+");
          try {
            if (dates.length == 1) {
              session.pickDate(name, LocalDate.parse(dates[0]));
            } else {
              session.pickDateRange(name, LocalDate.parse(dates[0]), LocalDate.parse(dates[1]));
            }
          } catch (DateTimeParseException e) {
            throw new UsageException("a date is written YYYY-MM-DD");
          }
          break;
        default:
          throw new UsageException("unknown command '" + verb + "'");
      }
    }

    private static String needed(String verb, String rest) throws UsageException {
      if (rest.isEmpty()) {
        throw new UsageException("'" + verb + "' needs a value after the field name");
      }
      return unquote(rest);
    }

    private static String unquote(String text) {
      return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
          ? text.substring(1, text.length() - 1) : text;
    }

    /** What the user can do on this screen, as the commands to type. */
    private static List<String> actions(RenderedScreen screen) {
      List<String> actions = new ArrayList<>();
      for (RenderedComponent c : screen.components()) {
        if (c.type().equals("Footer")) {
          actions.add("tap footer (" + c.text() + (c.enabled() ? ")" : ", disabled until the form is complete)"));
          continue;
        } else if (!c.enabled()) {
          continue;
        }
        Optional<String> name = c.name();
        String options = c.options().stream().filter(RenderedOption::enabled).map(RenderedOption::id)
            .reduce((a, b) -> a + "|" + b).orElse("OPTION");
        switch (c.type()) {
          case "TextInput":
          case "TextArea":
            name.ifPresent(n -> actions.add("fill " + n + " TEXT"));
            break;
          case "RadioButtonsGroup":
          case "Dropdown":
            name.ifPresent(n -> actions.add("select " + n + " " + options));
            break;
          case "CheckboxGroup":
          case "ChipsSelector":
            name.ifPresent(n -> actions.add("check|uncheck " + n + " " + options));
            break;
          case "DatePicker":
          case "CalendarPicker":
            name.ifPresent(n -> actions.add("date " + n + " YYYY-MM-DD"
                + (c.inputType().filter("range"::equals).isPresent() ? " YYYY-MM-DD" : "")));
            break;
          case "OptIn":
            name.ifPresent(n -> actions.add("optin " + n + " yes|no"));
            break;
          case "NavigationList":
            name.ifPresent(n -> actions.add("item " + n + " " + options));
            break;
          case "EmbeddedLink":
            actions.add("tap link " + c.text());
            break;
          default:
            name.ifPresent(n -> actions.add(n + ": a " + c.type() + " (not available from the shell)"));
        }
      }
      actions.add("back");
      actions.add("transcript");
      actions.add("quit");
      actions.add("help");
      return actions;
    }
  }
}
